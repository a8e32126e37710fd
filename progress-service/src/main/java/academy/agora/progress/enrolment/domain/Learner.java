package academy.agora.progress.enrolment.domain;

import java.util.Objects;

import academy.agora.support.access.Places;

/**
 * The signed-in learner, as the identity provider describes them.
 *
 * @param id the subject at the identity provider
 * @param name the display name, printed on the certificate
 * @param municipality the municipality they work for, {@code null} if unknown
 * @param country the ISO 3166-1 alpha-2 code of their country, {@code null} if unknown
 * @param locale the BCP 47 tag of the language they read, if known
 */
public record Learner(String id, String name, String municipality, String country, String locale) {

	public Learner {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		// A blank municipality would otherwise be a municipality of its own in scopes and
		// reports.
		municipality = Places.municipality(municipality);
		country = Places.country(country);
	}

}
