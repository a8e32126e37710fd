package academy.agora.course.authoring.domain;

/**
 * The course changed between reading and writing it; the caller should reload and retry.
 */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String id) {
		super("Course " + id + " was changed by someone else meanwhile");
	}

}
