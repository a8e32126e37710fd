package academy.agora.progress.enrolment.domain;

/**
 * The enrolment changed between reading and writing it; the caller should reload and
 * retry.
 */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String id) {
		super("Enrolment " + id + " was changed at the same time by another request; please try again");
	}

}
