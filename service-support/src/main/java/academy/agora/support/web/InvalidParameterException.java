package academy.agora.support.web;

/**
 * A query parameter has a value the API does not take; answered 400 with the same
 * {@code invalid-request} shape as a failed body validation, naming the parameter.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
