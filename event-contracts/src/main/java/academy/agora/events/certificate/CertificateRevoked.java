package academy.agora.events.certificate;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when a coordinator revokes a certificate: it no longer stands, for good. The
 * certificate stays on record and its code keeps answering, with the status REVOKED, and
 * the revocation bit of its credential is set. The reason stays in the certificate
 * service: it may name the person.
 *
 * @param certificateId the certificate
 * @param enrolmentId the enrolment it certifies
 * @param learnerId the learner's subject at the identity provider
 * @param revokedAt when it was revoked
 */
public record CertificateRevoked(String certificateId, String enrolmentId, String learnerId,
		Instant revokedAt) implements Event {

	public CertificateRevoked {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(revokedAt, "revokedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
