package academy.agora.certificate.issuing.web;

import java.time.Instant;
import java.util.List;

import academy.agora.certificate.issuing.domain.Attendance;
import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.certificate.issuing.domain.StatusChange;

/**
 * A certificate as its learner and staff in scope see it.
 *
 * @param verificationUrl the public page of the current code; {@code null} while pending
 */
record CertificateResponse(String id, String enrolmentId, String courseId, int courseVersion, String courseTitle,
		String language, Integer estimatedHours, Instant completedAt, String learnerName, String municipality,
		String cohortId, String issuer, CertificateStatus status, String verificationCode, String verificationUrl,
		Instant issuedAt, Attendance attendance, List<PreviousIssueResponse> previousIssues,
		List<StatusChange> history) {

	static CertificateResponse of(Certificate certificate, VerificationLinks links) {
		return new CertificateResponse(certificate.id(), certificate.enrolmentId(), certificate.courseId(),
				certificate.courseVersion(), certificate.courseTitle(), certificate.language(),
				certificate.estimatedHours(), certificate.completedAt(), certificate.learnerName(),
				certificate.municipality(), certificate.cohortId(), certificate.issuer(), certificate.status(),
				certificate.verificationCode(),
				(certificate.issuedAt() != null) ? links.forCode(certificate.verificationCode()) : null,
				certificate.issuedAt(), certificate.attendance(),
				certificate.previousIssues()
					.stream()
					.map((issue) -> new PreviousIssueResponse(issue.verificationCode(), issue.learnerName(),
							issue.issuedAt(), issue.supersededAt()))
					.toList(),
				certificate.history());
	}

	record PreviousIssueResponse(String verificationCode, String learnerName, Instant issuedAt, Instant supersededAt) {
	}

}
