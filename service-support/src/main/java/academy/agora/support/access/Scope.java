package academy.agora.support.access;

import java.util.Collection;
import java.util.Set;

/**
 * Whose data a member of staff may see and act on besides their own: an admin's scope is
 * everything; a coordinator's is the learners of their municipality (or country, or
 * everyone, as their {@link Reach} says) plus the members of the cohorts they run; anyone
 * else's is nobody. Municipalities compare ignoring case and surrounding spaces.
 * <p>
 * Data carries the municipality and country of its learner as they were when it was
 * created (an enrolment, a certificate), so a scope is checked against those.
 *
 * @param everything whether everything is in scope
 * @param country data of learners in this country is in scope; {@code null} for none
 * @param municipality data of learners in this municipality is in scope; {@code null} for
 * none
 * @param cohortIds data in these cohorts is in scope
 */
public record Scope(boolean everything, String country, String municipality, Set<String> cohortIds) {

	/** The scope of an admin, or of a coordinator whose reach is everything. */
	public static final Scope EVERYTHING = new Scope(true, null, null, Set.of());

	/** The scope of someone who coordinates nothing. */
	public static final Scope NOTHING = new Scope(false, null, null, Set.of());

	public Scope {
		cohortIds = (cohortIds != null) ? Set.copyOf(cohortIds) : Set.of();
		country = Places.country(country);
		municipality = Places.municipality(municipality);
	}

	/**
	 * The scope of a viewer.
	 * @param viewer the viewer
	 * @param cohortIdsRun the cohorts they run (ignored unless they coordinate within a
	 * limited reach, see {@link Viewer#seesEverything()})
	 * @return their scope
	 */
	public static Scope of(Viewer viewer, Collection<String> cohortIdsRun) {
		if (viewer.seesEverything()) {
			return EVERYTHING;
		}
		if (!viewer.is(Role.COORDINATOR)) {
			return NOTHING;
		}
		// A country-wide coordinator whose token names no country falls back to their
		// municipality: a claim missing must narrow, never widen.
		String country = (viewer.reach() == Reach.COUNTRY) ? viewer.country() : null;
		return new Scope(false, country, viewer.municipality(), Set.copyOf(cohortIdsRun));
	}

	/**
	 * Whether data of a learner is in scope.
	 * @param municipality the learner's municipality, or {@code null}
	 * @param country the learner's country, or {@code null}
	 * @param cohortId the cohort the data belongs to, or {@code null}
	 * @return {@code true} if it is
	 */
	public boolean includes(String municipality, String country, String cohortId) {
		return this.everything || (cohortId != null && this.cohortIds.contains(cohortId))
				|| (this.country != null && this.country.equals(Places.country(country)))
				|| Places.sameMunicipality(this.municipality, municipality);
	}

	/**
	 * Whether nothing is in scope, so that a query can be answered without asking the
	 * store.
	 * @return {@code true} if nothing is
	 */
	public boolean isEmpty() {
		return !this.everything && this.country == null && this.municipality == null && this.cohortIds.isEmpty();
	}

}
