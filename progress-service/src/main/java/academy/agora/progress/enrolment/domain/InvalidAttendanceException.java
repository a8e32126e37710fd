package academy.agora.progress.enrolment.domain;

/**
 * A completion by attendance was asked for without a usable reason. Nothing was stored.
 */
public class InvalidAttendanceException extends RuntimeException {

	public InvalidAttendanceException(String message) {
		super(message);
	}

	/**
	 * The field of the request at fault.
	 * @return always {@code reason}
	 */
	public String field() {
		return "reason";
	}

}
