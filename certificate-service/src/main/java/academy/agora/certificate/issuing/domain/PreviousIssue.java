package academy.agora.certificate.issuing.domain;

import java.time.Instant;

/**
 * An earlier issue of a certificate, superseded by a re-issue. Its code keeps answering
 * with what was printed under it and the status SUPERSEDED, so that an old printout is
 * recognised for what it is.
 *
 * @param verificationCode the code it was printed with
 * @param learnerName the name printed on it; {@code null} after an erasure
 * @param issuedAt when it was issued
 * @param supersededAt when the re-issue replaced it
 * @param statusEntries its credential's status bits; its revocation bit is set
 */
public record PreviousIssue(String verificationCode, String learnerName, Instant issuedAt, Instant supersededAt,
		StatusEntries statusEntries) {
}
