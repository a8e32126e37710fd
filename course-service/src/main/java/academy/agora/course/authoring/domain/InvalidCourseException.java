package academy.agora.course.authoring.domain;

/**
 * The request would break a rule of the course.
 */
public class InvalidCourseException extends RuntimeException {

	public InvalidCourseException(String message) {
		super(message);
	}

}
