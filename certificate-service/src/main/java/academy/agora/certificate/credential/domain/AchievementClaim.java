package academy.agora.certificate.credential.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate states, as much as its credential needs.
 *
 * @param certificateId the certificate
 * @param learnerId the learner's subject at the identity provider; the credential holds
 * only a salted hash of it
 * @param learnerName the name printed on the certificate
 * @param courseId the course
 * @param courseVersion the completed version
 * @param courseTitle the title of that version
 * @param hours the course's length in hours, or {@code null} if not known
 * @param completedAt when the learner completed it, or {@code null} if not known
 * @param issuedAt when the certificate was issued
 * @param status the certificate's status list entries, one per purpose, from
 * {@link StatusLists#allocate(StatusPurpose)}
 */
public record AchievementClaim(String certificateId, String learnerId, String learnerName, String courseId,
		int courseVersion, String courseTitle, Integer hours, Instant completedAt, Instant issuedAt,
		List<StatusEntry> status) {

	public AchievementClaim {
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(learnerName, "learnerName");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(courseTitle, "courseTitle");
		Objects.requireNonNull(issuedAt, "issuedAt");
		status = List.copyOf(status);
		if (status.stream().map(StatusEntry::purpose).distinct().count() != status.size()) {
			throw new IllegalArgumentException("At most one status entry per purpose: " + status);
		}
	}

}
