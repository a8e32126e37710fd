package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The certificate of completion issued for an enrolment, as the certificate service
 * announced it.
 *
 * @param certificateId the certificate
 * @param verificationCode the public code anyone can check at the verification endpoint
 * @param issuedAt when it was issued
 */
public record Certificate(String certificateId, String verificationCode, Instant issuedAt) {

	public Certificate {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(verificationCode, "verificationCode");
		Objects.requireNonNull(issuedAt, "issuedAt");
	}

}
