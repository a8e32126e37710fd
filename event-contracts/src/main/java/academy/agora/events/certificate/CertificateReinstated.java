package academy.agora.events.certificate;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when a coordinator lifts the suspension of a certificate: it stands again, and
 * the suspension bit of its credential is cleared.
 *
 * @param certificateId the certificate
 * @param enrolmentId the enrolment it certifies
 * @param learnerId the learner's subject at the identity provider
 * @param reinstatedAt when it was reinstated
 */
public record CertificateReinstated(String certificateId, String enrolmentId, String learnerId,
		Instant reinstatedAt) implements Event {

	public CertificateReinstated {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(reinstatedAt, "reinstatedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
