package academy.agora.certificate.issuing.domain;

import java.util.Locale;

/**
 * The certificate's status does not allow the action, such as reinstating a revoked
 * certificate: revocation is final.
 */
public class CertificateStateException extends RuntimeException {

	public CertificateStateException(String certificateId, CertificateStatus status, String action) {
		super("Certificate " + certificateId + " is " + status.name().toLowerCase(Locale.ROOT) + " and cannot be "
				+ action);
	}

}
