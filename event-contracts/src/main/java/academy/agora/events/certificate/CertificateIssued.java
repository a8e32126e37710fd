package academy.agora.events.certificate;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when a certificate of completion is issued.
 *
 * @param certificateId the certificate
 * @param enrolmentId the completed enrolment it certifies
 * @param learnerId the learner's subject at the identity provider
 * @param courseId the course
 * @param courseVersion the completed version
 * @param verificationCode the public code anyone can check at the verification endpoint
 * @param issuedAt when it was issued
 */
public record CertificateIssued(String certificateId, String enrolmentId, String learnerId, String courseId,
		int courseVersion, String verificationCode, Instant issuedAt) implements Event {

	public CertificateIssued {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(verificationCode, "verificationCode");
		Objects.requireNonNull(issuedAt, "issuedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
