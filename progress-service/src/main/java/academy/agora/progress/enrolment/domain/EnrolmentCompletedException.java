package academy.agora.progress.enrolment.domain;

/**
 * The enrolment is completed, and a completed enrolment stays as it is: it can neither be
 * withdrawn nor moved to another version.
 */
public class EnrolmentCompletedException extends RuntimeException {

	public EnrolmentCompletedException(String enrolmentId, String what) {
		super("Enrolment " + enrolmentId + " is completed and cannot be " + what);
	}

}
