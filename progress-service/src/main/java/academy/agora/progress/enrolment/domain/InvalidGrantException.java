package academy.agora.progress.enrolment.domain;

/**
 * Attempts cannot be granted: the quiz has no limit, was passed already, or the count is
 * out of bounds.
 */
public class InvalidGrantException extends RuntimeException {

	private final String quizId;

	public InvalidGrantException(String quizId, String reason) {
		super("No attempts can be granted at quiz " + quizId + ": " + reason);
		this.quizId = quizId;
	}

	public String quizId() {
		return this.quizId;
	}

}
