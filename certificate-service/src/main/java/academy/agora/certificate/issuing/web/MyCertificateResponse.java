package academy.agora.certificate.issuing.web;

import java.time.Instant;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateStatus;

/**
 * A certificate as its learner sees it, with the link to share.
 */
record MyCertificateResponse(String id, String courseId, int courseVersion, String courseTitle, String learnerName,
		Instant issuedAt, CertificateStatus status, String verificationCode, String verificationUrl) {

	static MyCertificateResponse of(Certificate certificate, VerificationLinks links) {
		return new MyCertificateResponse(certificate.id(), certificate.courseId(), certificate.courseVersion(),
				certificate.courseTitle(), certificate.learnerName(), certificate.issuedAt(), certificate.status(),
				certificate.verificationCode(), links.forCode(certificate.verificationCode()));
	}

}
