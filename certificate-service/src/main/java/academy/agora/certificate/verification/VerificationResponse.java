package academy.agora.certificate.verification;

import java.time.Instant;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateStatus;

/**
 * What a certificate states, for anyone holding its code. Deliberately without the
 * learner's id at the identity provider or the enrolment.
 */
record VerificationResponse(CertificateStatus status, String courseTitle, int courseVersion, String learnerName,
		Instant issuedAt, String verificationCode) {

	static VerificationResponse of(Certificate certificate) {
		return new VerificationResponse(certificate.status(), certificate.courseTitle(), certificate.courseVersion(),
				certificate.learnerName(), certificate.issuedAt(), certificate.verificationCode());
	}

}
