package academy.agora.progress.enrolment.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Whose enrolments a member of staff may see besides their own: an admin everyone's; a
 * coordinator those of learners in their municipality and of members of the cohorts they
 * run; anyone else no one's. A learner's own enrolments are theirs to see whatever their
 * scope.
 *
 * @param everything whether every enrolment is in scope
 * @param municipality enrolments of learners in this municipality are in scope;
 * {@code null} for none
 * @param cohortIds enrolments in these cohorts are in scope
 */
public record Scope(boolean everything, String municipality, Set<String> cohortIds) {

	/** An admin's scope. */
	public static final Scope EVERYTHING = new Scope(true, null, Set.of());

	/** The scope of someone who coordinates nothing. */
	public static final Scope NOTHING = new Scope(false, null, Set.of());

	public Scope {
		cohortIds = (cohortIds != null) ? Set.copyOf(cohortIds) : Set.of();
	}

	/**
	 * A coordinator's scope.
	 * @param municipality their municipality, or {@code null} if they have none
	 * @param cohortIds the cohorts they run
	 * @return the scope
	 */
	public static Scope of(String municipality, Collection<String> cohortIds) {
		return new Scope(false, municipality, Set.copyOf(cohortIds));
	}

	public boolean includes(Enrolment enrolment) {
		return this.everything || (this.municipality != null && this.municipality.equals(enrolment.municipality()))
				|| (enrolment.cohortId() != null && this.cohortIds.contains(enrolment.cohortId()));
	}

	/**
	 * Whether nothing is in scope, so that a query can be answered without asking the
	 * store.
	 * @return {@code true} if no enrolment is in scope
	 */
	public boolean isEmpty() {
		return !this.everything && this.municipality == null && this.cohortIds.isEmpty();
	}

}
