package academy.agora.certificate.verification;

import java.time.Instant;

import academy.agora.certificate.issuing.domain.Certificate;

/**
 * What a code states, for anyone holding it: its status and every field printed on the
 * certificate issued under it, and nothing else. Deliberately without the learner's id at
 * the identity provider, the enrolment, the municipality or the reasons coordinators
 * gave.
 *
 * @param status the status of this code's issue
 * @param statusSince when that status began
 * @param learnerName the name printed under this code; {@code null} after the learner's
 * erasure
 * @param courseTitle the course title printed
 * @param language the certificate's language
 * @param courseVersion the completed version
 * @param estimatedHours the hours printed, if any
 * @param completedAt when the course was completed
 * @param issuer the issuing organisation
 * @param issuedAt when this code's issue was made
 * @param verificationCode the code
 */
record VerificationResponse(Certificate.Statement.Standing status, Instant statusSince, String learnerName,
		String courseTitle, String language, int courseVersion, Integer estimatedHours, Instant completedAt,
		String issuer, Instant issuedAt, String verificationCode) {

	static VerificationResponse of(Certificate.Statement statement) {
		Certificate certificate = statement.certificate();
		return new VerificationResponse(statement.standing(), statement.since(), statement.learnerName(),
				certificate.courseTitle(), certificate.language(), certificate.courseVersion(),
				certificate.estimatedHours(), certificate.completedAt(), certificate.issuer(), statement.issuedAt(),
				statement.verificationCode());
	}

}
