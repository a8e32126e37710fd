package academy.agora.course.authoring.domain;

import java.util.List;

/**
 * The request would break rules of the course; each broken rule names its field.
 */
public class InvalidCourseException extends RuntimeException {

	private final transient List<Violation> violations;

	public InvalidCourseException(String message, List<Violation> violations) {
		super(message);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
