package academy.agora.progress.erasure.domain;

import java.time.Instant;

import academy.agora.events.progress.LearnerErased;
import reactor.core.publisher.Mono;

/**
 * The record of erasures, one per learner.
 */
public interface Erasures {

	/**
	 * Records an erasure and the event announcing it, in one write. Erasing a learner
	 * again moves the moment forward and announces it again.
	 * @param event the erasure
	 * @return completion once stored
	 */
	Mono<Void> record(LearnerErased event);

	/**
	 * When the learner was last erased.
	 * @param learnerId the learner
	 * @return the moment, or empty if never
	 */
	Mono<Instant> erasedAt(String learnerId);

}
