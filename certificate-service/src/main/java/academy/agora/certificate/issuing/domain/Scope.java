package academy.agora.certificate.issuing.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Whose certificates a member of staff may see and act on: an admin everyone's, a
 * coordinator those of learners from their municipality and of the cohorts they run,
 * anyone else nobody's. Names of municipalities are compared ignoring case, as the
 * progress service does.
 *
 * @param everything whether the scope is unlimited
 * @param municipality the municipality, or {@code null}
 * @param cohortIds the cohorts
 */
public record Scope(boolean everything, String municipality, Set<String> cohortIds) {

	public static final Scope EVERYTHING = new Scope(true, null, Set.of());

	public static final Scope NOTHING = new Scope(false, null, Set.of());

	public Scope {
		cohortIds = (cohortIds != null) ? Set.copyOf(cohortIds) : Set.of();
		municipality = (municipality != null && !municipality.isBlank()) ? municipality.strip() : null;
	}

	public boolean includes(Certificate certificate) {
		return this.everything || (certificate.cohortId() != null && this.cohortIds.contains(certificate.cohortId()))
				|| (this.municipality != null && certificate.municipality() != null
						&& this.municipality.toLowerCase(Locale.ROOT)
							.equals(certificate.municipality().strip().toLowerCase(Locale.ROOT)));
	}

}
