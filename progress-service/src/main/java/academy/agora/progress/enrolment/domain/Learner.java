package academy.agora.progress.enrolment.domain;

import java.util.Objects;

/**
 * The signed-in learner, as the identity provider describes them.
 *
 * @param id the subject at the identity provider
 * @param name the display name, printed on the certificate
 * @param municipality the municipality they work for, {@code null} if unknown
 * @param locale the BCP 47 tag of the language they read, if known
 */
public record Learner(String id, String name, String municipality, String locale) {

	public Learner {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		// An identity provider may send an empty claim for "none"; a blank municipality
		// would otherwise be a municipality of its own in scopes and reports.
		municipality = (municipality != null && !municipality.isBlank()) ? municipality.strip() : null;
	}

}
