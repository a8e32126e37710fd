package academy.agora.certificate.issuing.domain;

/**
 * Whether a certificate still stands.
 */
public enum CertificateStatus {

	/** Issued and standing. */
	VALID,

	/** Withdrawn; verification says so. */
	REVOKED

}
