package academy.agora.events.certificate;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when a certificate is issued again under a new verification code, after a
 * correction of the name printed on it. The previous code keeps answering, with the
 * status SUPERSEDED, and the credential issued under it is revoked.
 *
 * @param certificateId the certificate; it keeps its id
 * @param enrolmentId the enrolment it certifies
 * @param learnerId the learner's subject at the identity provider
 * @param previousVerificationCode the code it had until now
 * @param verificationCode the code it has from now on
 * @param reissuedAt when it was issued again
 */
public record CertificateReissued(String certificateId, String enrolmentId, String learnerId,
		String previousVerificationCode, String verificationCode, Instant reissuedAt) implements Event {

	public CertificateReissued {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(previousVerificationCode, "previousVerificationCode");
		Objects.requireNonNull(verificationCode, "verificationCode");
		Objects.requireNonNull(reissuedAt, "reissuedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
