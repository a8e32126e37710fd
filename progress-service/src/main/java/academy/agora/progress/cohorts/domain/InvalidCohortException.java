package academy.agora.progress.cohorts.domain;

/**
 * A cohort cannot be planned this way.
 */
public class InvalidCohortException extends RuntimeException {

	private final String field;

	public InvalidCohortException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The field of the plan at fault.
	 * @return its name
	 */
	public String field() {
		return this.field;
	}

}
