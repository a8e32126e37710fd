package academy.agora.progress.enrolment.domain;

/**
 * Someone looking at an enrolment.
 *
 * @param id the subject at the identity provider
 * @param staff whether they coordinate or administer learning, and so may see anyone's
 * enrolment
 */
public record Viewer(String id, boolean staff) {
}
