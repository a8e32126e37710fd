package academy.agora.progress.enrolment.domain;

/**
 * The learner is enrolled in the course already; there is one enrolment per learner and
 * course.
 */
public class AlreadyEnrolledException extends RuntimeException {

	private final String enrolmentId;

	public AlreadyEnrolledException(String courseId, String enrolmentId) {
		super("You are already enrolled in course " + courseId + ", as enrolment " + enrolmentId);
		this.enrolmentId = enrolmentId;
	}

	/**
	 * The existing enrolment.
	 * @return its id
	 */
	public String enrolmentId() {
		return this.enrolmentId;
	}

}
