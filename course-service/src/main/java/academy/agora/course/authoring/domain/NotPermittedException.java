package academy.agora.course.authoring.domain;

/**
 * The person may see the course but not do this with it, such as a co-author naming other
 * co-authors.
 */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}
