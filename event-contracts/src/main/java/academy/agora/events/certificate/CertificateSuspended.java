package academy.agora.events.certificate;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when a coordinator suspends a certificate, for example while a complaint is
 * looked into: it does not stand until it is reinstated. The suspension bit of its
 * credential is set meanwhile.
 *
 * @param certificateId the certificate
 * @param enrolmentId the enrolment it certifies
 * @param learnerId the learner's subject at the identity provider
 * @param suspendedAt when it was suspended
 */
public record CertificateSuspended(String certificateId, String enrolmentId, String learnerId,
		Instant suspendedAt) implements Event {

	public CertificateSuspended {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(suspendedAt, "suspendedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
