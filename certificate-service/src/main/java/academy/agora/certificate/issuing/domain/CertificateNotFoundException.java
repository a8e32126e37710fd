package academy.agora.certificate.issuing.domain;

/**
 * No certificate answers to what was asked. A malformed verification code is reported the
 * same way as an unknown one: either way, there is no such certificate.
 */
public class CertificateNotFoundException extends RuntimeException {

	public CertificateNotFoundException() {
		super("No certificate has this verification code. Check it against the certificate: 16 letters and digits, "
				+ "such as K7QM-3X9T-PD2W-HA6C.");
	}

}
