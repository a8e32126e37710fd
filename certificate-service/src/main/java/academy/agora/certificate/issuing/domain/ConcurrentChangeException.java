package academy.agora.certificate.issuing.domain;

/**
 * Someone changed the certificate between its read and the write; the write was not made.
 */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String certificateId) {
		super("Certificate " + certificateId + " was changed concurrently");
	}

}
