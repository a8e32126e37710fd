package academy.agora.course.authoring.domain;

/**
 * The signed-in person acting on a course.
 *
 * @param id the subject at the identity provider
 * @param admin whether they administer the platform and so may edit any course
 */
public record Author(String id, boolean admin) {
}
