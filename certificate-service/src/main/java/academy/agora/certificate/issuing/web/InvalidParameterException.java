package academy.agora.certificate.issuing.web;

/**
 * A query parameter has a value the API does not take.
 */
class InvalidParameterException extends RuntimeException {

	private final String parameter;

	InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
