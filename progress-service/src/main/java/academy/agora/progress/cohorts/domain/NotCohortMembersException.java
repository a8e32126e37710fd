package academy.agora.progress.cohorts.domain;

import java.util.List;

/**
 * Enrolments named for a cohort's members are not in it. Nothing was started.
 */
public class NotCohortMembersException extends RuntimeException {

	private final List<String> enrolmentIds;

	public NotCohortMembersException(String cohortId, List<String> enrolmentIds) {
		super("These enrolments are not members of cohort " + cohortId + ": " + String.join(", ", enrolmentIds));
		this.enrolmentIds = List.copyOf(enrolmentIds);
	}

	/**
	 * The enrolments that are not members.
	 * @return their ids, as given
	 */
	public List<String> enrolmentIds() {
		return this.enrolmentIds;
	}

}
