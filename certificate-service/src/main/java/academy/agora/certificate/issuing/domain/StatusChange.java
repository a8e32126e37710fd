package academy.agora.certificate.issuing.domain;

import java.time.Instant;

/**
 * One step in a certificate's life, kept for coordinators: revocation is a recorded act
 * with a reason, not a deletion.
 *
 * @param action what happened
 * @param at when
 * @param by who did it: a coordinator's or admin's subject, or {@code null} for the
 * service itself
 * @param reason why, as they gave it; {@code null} if none was asked
 */
public record StatusChange(Action action, Instant at, String by, String reason) {

	public enum Action {

		/** Awaiting a coordinator's approval. */
		AWAITING_APPROVAL,

		ISSUED, APPROVED, SUSPENDED, REINSTATED, REVOKED,

		/** Issued again under a new code with a corrected name. */
		REISSUED,

		/** Personal data removed at the learner's request. */
		ERASED

	}

}
