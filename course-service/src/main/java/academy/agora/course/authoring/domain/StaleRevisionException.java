package academy.agora.course.authoring.domain;

/**
 * The author edited a revision of the course that is no longer the current one: someone
 * saved in between. They should reload, merge and try again.
 */
public class StaleRevisionException extends RuntimeException {

	public StaleRevisionException(String id, long expected, long current) {
		super("Course " + id + " is at revision " + current + ", not " + expected
				+ "; reload it and apply your change again");
	}

}
