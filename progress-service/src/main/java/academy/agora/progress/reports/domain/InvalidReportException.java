package academy.agora.progress.reports.domain;

/**
 * A report was asked for with a parameter it does not take.
 */
public class InvalidReportException extends RuntimeException {

	private final String parameter;

	public InvalidReportException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
