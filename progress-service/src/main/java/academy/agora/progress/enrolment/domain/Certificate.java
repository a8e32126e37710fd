package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The certificate of completion issued for an enrolment, as the certificate service
 * announced it.
 *
 * @param certificateId the certificate
 * @param verificationCode the public code anyone can check at the verification endpoint
 * @param issuedAt when it was issued, or issued again under a new code
 * @param status whether it stands; a certificate recorded before statuses were kept reads
 * as valid
 */
public record Certificate(String certificateId, String verificationCode, Instant issuedAt, Status status) {

	public Certificate {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(verificationCode, "verificationCode");
		Objects.requireNonNull(issuedAt, "issuedAt");
		status = (status != null) ? status : Status.VALID;
	}

	public Certificate(String certificateId, String verificationCode, Instant issuedAt) {
		this(certificateId, verificationCode, issuedAt, Status.VALID);
	}

	/**
	 * Where a certificate stands, as the certificate service announced it.
	 */
	public enum Status {

		VALID, SUSPENDED, REVOKED

	}

}
