package academy.agora.progress.enrolment.domain;

/**
 * No enrolment with this id exists for you. Someone else's enrolment is reported the same
 * way, so ids cannot be probed.
 */
public class EnrolmentNotFoundException extends RuntimeException {

	public EnrolmentNotFoundException(String id) {
		super("No enrolment " + id);
	}

}
