package academy.agora.certificate.issuing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.progress.CourseCompleted;

/**
 * A certificate of completion of one enrolment. It states what the learner completed in
 * the words of the moment of completion (name and course title), because the service
 * keeps no copy of the user directory or the course catalogue.
 *
 * @param id the certificate id
 * @param enrolmentId the completed enrolment; at most one certificate exists per
 * enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param learnerName the name printed on the certificate
 * @param courseId the course
 * @param courseVersion the completed version
 * @param courseTitle the title of that version
 * @param issuedAt when it was issued
 * @param status whether it still stands
 * @param verificationCode the public code, in its canonical grouped form
 */
public record Certificate(String id, String enrolmentId, String learnerId, String learnerName, String courseId,
		int courseVersion, String courseTitle, Instant issuedAt, CertificateStatus status, String verificationCode) {

	public Certificate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(learnerName, "learnerName");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(courseTitle, "courseTitle");
		Objects.requireNonNull(issuedAt, "issuedAt");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(verificationCode, "verificationCode");
	}

	/**
	 * Issues the certificate a completion earns.
	 * @param id the new certificate's id
	 * @param completion the completed enrolment
	 * @param code the new certificate's verification code
	 * @param now the time of issue
	 * @return the valid certificate and the event announcing it
	 */
	public static Issue issue(String id, CourseCompleted completion, VerificationCode code, Instant now) {
		Certificate certificate = new Certificate(id, completion.enrolmentId(), completion.learnerId(),
				completion.learnerName(), completion.courseId(), completion.courseVersion(), completion.courseTitle(),
				now, CertificateStatus.VALID, code.value());
		CertificateIssued event = new CertificateIssued(id, completion.enrolmentId(), completion.learnerId(),
				completion.courseId(), completion.courseVersion(), code.value(), now);
		return new Issue(certificate, List.of(event));
	}

	public boolean isHeldBy(String learnerId) {
		return this.learnerId.equals(learnerId);
	}

	/**
	 * A newly issued certificate and the events its issue caused, to be stored together.
	 *
	 * @param certificate the certificate
	 * @param events the events
	 */
	public record Issue(Certificate certificate, List<CertificateIssued> events) {

		public Issue {
			events = List.copyOf(events);
		}

	}

}
