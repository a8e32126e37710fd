package academy.agora.certificate.issuing.domain;

/**
 * Where a certificate stands.
 */
public enum CertificateStatus {

	/**
	 * The course requires a coordinator's approval and it has not been given yet. Nothing
	 * is verifiable and nothing announced.
	 */
	PENDING,

	/** Issued and standing. */
	VALID,

	/** Does not stand until a coordinator reinstates it. */
	SUSPENDED,

	/** Withdrawn for good; verification says so. */
	REVOKED

}
