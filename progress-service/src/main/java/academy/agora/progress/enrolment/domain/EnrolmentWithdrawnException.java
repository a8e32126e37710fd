package academy.agora.progress.enrolment.domain;

/**
 * The learner withdrew from the course: the enrolment takes no lesson completions, quiz
 * attempts or completion by attendance until they enrol again.
 */
public class EnrolmentWithdrawnException extends RuntimeException {

	public EnrolmentWithdrawnException(String enrolmentId) {
		super("Enrolment " + enrolmentId + " was withdrawn; enrol in the course again to carry on");
	}

}
