package academy.agora.progress.cohorts.domain;

/**
 * What was typed cannot be a join code, whatever cohorts exist.
 */
public class InvalidJoinCodeException extends RuntimeException {

	public InvalidJoinCodeException() {
		super("A join code is eight letters and digits, such as 7K3M-9QXR; hyphens and spaces are ignored.");
	}

}
