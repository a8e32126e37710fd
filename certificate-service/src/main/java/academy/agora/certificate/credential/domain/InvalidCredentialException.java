package academy.agora.certificate.credential.domain;

/**
 * A VC-JWT that is not one of ours as we signed it: malformed, signed by a key we never
 * published, altered after signing, or not yet valid.
 */
public class InvalidCredentialException extends RuntimeException {

	InvalidCredentialException(String message, Throwable cause) {
		super(message, cause);
	}

}
