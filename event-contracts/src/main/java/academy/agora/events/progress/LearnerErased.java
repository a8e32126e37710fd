package academy.agora.events.progress;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when an administrator erases a learner at their request (GDPR Art. 17). Every
 * service that keeps personal data of the learner removes what it holds from before
 * {@code erasedAt}, and ignores events about the learner from before that moment that it
 * receives late or again in a replay. It carries the subject only, which the consumers
 * hold already.
 *
 * @param learnerId the learner's subject at the identity provider
 * @param erasedAt when the erasure was requested; data of the learner created up to this
 * moment is erased
 */
public record LearnerErased(String learnerId, Instant erasedAt) implements Event {

	public LearnerErased {
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(erasedAt, "erasedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
