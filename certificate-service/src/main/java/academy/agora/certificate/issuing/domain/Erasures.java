package academy.agora.certificate.issuing.domain;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * The learners erased, and when: what makes a completion that arrives after its learner's
 * erasure (late, or in a replay) recognisable, so that no certificate is issued from it.
 */
public interface Erasures {

	/**
	 * Records an erasure; a later one moves the moment forward.
	 * @param learnerId the learner
	 * @param erasedAt when
	 * @return completion once stored
	 */
	Mono<Void> record(String learnerId, Instant erasedAt);

	Mono<Instant> erasedAt(String learnerId);

}
