package academy.agora.certificate.rendering;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a certificate of completion shows, as it was at issuance.
 *
 * @param learnerName the learner's name
 * @param courseTitle the course title in the certificate's language
 * @param courseVersion the completed version of the course
 * @param hours the hours of study the course stands for, or {@code null} if it states
 * none
 * @param completedOn the day the course was completed
 * @param issuer the name of the issuing organisation
 * @param verificationCode the public code, such as {@code K7QM-3X9T-PD2W-HA6C}
 * @param verificationUrl the public page that verifies the certificate; the QR code opens
 * it
 * @param language the certificate's language
 */
public record PrintedCertificate(String learnerName, String courseTitle, int courseVersion, Integer hours,
		LocalDate completedOn, String issuer, String verificationCode, URI verificationUrl, Locale language) {

	private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");

	public PrintedCertificate {
		Objects.requireNonNull(learnerName, "learnerName");
		Objects.requireNonNull(courseTitle, "courseTitle");
		Objects.requireNonNull(completedOn, "completedOn");
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(verificationUrl, "verificationUrl");
		Objects.requireNonNull(language, "language");
		if (courseVersion < 1) {
			throw new IllegalArgumentException("Course versions start at 1: " + courseVersion);
		}
		if (hours != null && hours < 1) {
			throw new IllegalArgumentException("Hours must be positive: " + hours);
		}
		// The layout gives the code one line of its own width.
		if (verificationCode == null || !CODE.matcher(verificationCode).matches()) {
			throw new IllegalArgumentException("Not a verification code: " + verificationCode);
		}
	}

}
