package academy.agora.certificate.issuing.web;

import java.util.Locale;

import academy.agora.certificate.issuing.domain.CertificateStatus;

/**
 * Only a valid certificate is printed or signed as a credential.
 */
class CertificateNotPrintableException extends RuntimeException {

	CertificateNotPrintableException(String id, CertificateStatus status) {
		super("Certificate " + id + " is " + status.name().toLowerCase(Locale.ROOT)
				+ "; only a valid certificate is printed or signed");
	}

}
