package academy.agora.certificate.issuing.domain;

import java.util.List;
import java.util.Objects;

import academy.agora.certificate.credential.domain.StatusEntry;
import academy.agora.certificate.credential.domain.StatusPurpose;

/**
 * The bits an issued credential points at: one in a revocation list, one in a suspension
 * list. Each issue of a certificate (a re-issue under a new code included) gets its own,
 * so that revoking an earlier issue leaves the current one standing.
 *
 * @param revocation set once the issue is revoked or superseded
 * @param suspension set while the issue is suspended
 */
public record StatusEntries(StatusEntry revocation, StatusEntry suspension) {

	public StatusEntries {
		Objects.requireNonNull(revocation, "revocation");
		Objects.requireNonNull(suspension, "suspension");
		if (revocation.purpose() != StatusPurpose.REVOCATION || suspension.purpose() != StatusPurpose.SUSPENSION) {
			throw new IllegalArgumentException("Entries of the wrong purpose: " + revocation + ", " + suspension);
		}
	}

	public List<StatusEntry> asList() {
		return List.of(this.revocation, this.suspension);
	}

}
