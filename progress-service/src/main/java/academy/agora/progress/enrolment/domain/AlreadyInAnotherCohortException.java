package academy.agora.progress.enrolment.domain;

/**
 * The learner follows the course in another cohort already; a learner is in at most one
 * cohort per course, because they have one enrolment per course.
 */
public class AlreadyInAnotherCohortException extends RuntimeException {

	private final String enrolmentId;

	private final String cohortId;

	public AlreadyInAnotherCohortException(String courseId, String enrolmentId, String cohortId) {
		super("You already follow course " + courseId + " in another cohort, as enrolment " + enrolmentId);
		this.enrolmentId = enrolmentId;
		this.cohortId = cohortId;
	}

	public String enrolmentId() {
		return this.enrolmentId;
	}

	public String cohortId() {
		return this.cohortId;
	}

}
