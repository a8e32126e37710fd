package academy.agora.certificate.issuing.domain;

/**
 * Another certificate already has this verification code. With 80 random bits this
 * practically never happens; when it does, the issue is tried again with a new code.
 */
public class VerificationCodeTakenException extends RuntimeException {

	public VerificationCodeTakenException(VerificationCode code) {
		super("Verification code " + code + " is already taken");
	}

}
