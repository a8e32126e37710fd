package academy.agora.course.authoring.domain;

/**
 * The course is not in a state that allows the action, such as publishing a retired
 * course. Retrying the same request will not help; changing the course first may.
 */
public class CourseStateException extends RuntimeException {

	private final String reason;

	public CourseStateException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * A short, stable name for the state, for clients to branch on.
	 * @return such as {@code course-retired}
	 */
	public String reason() {
		return this.reason;
	}

}
