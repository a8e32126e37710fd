package academy.agora.progress.erasure.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import academy.agora.events.progress.LearnerErased;
import academy.agora.progress.enrolment.domain.Enrolments;
import reactor.core.publisher.Mono;

/**
 * Erases learners: their enrolments, with the progress, quiz attempts and certificates
 * shown on them. Cohorts keep no learner data of their own (their members are the
 * enrolments), and reports count enrolments, so both drop the learner with them.
 */
public class LearnerErasure {

	private final Erasures erasures;

	private final Enrolments enrolments;

	private final Clock clock;

	public LearnerErasure(Erasures erasures, Enrolments enrolments, Clock clock) {
		this.erasures = erasures;
		this.enrolments = enrolments;
		this.clock = clock;
	}

	/**
	 * Erases a learner now. The record and its event are stored first, so the erasure
	 * reaches every service even if this one fails right after; the deletion that follows
	 * is repeated when the event comes back to this service, and deletes nothing more
	 * then.
	 * @param learnerId the learner's subject
	 * @return what was erased here
	 */
	public Mono<Erasure> erase(String learnerId) {
		LearnerErased event = new LearnerErased(learnerId, this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		return this.erasures.record(event)
			.then(apply(event))
			.map((count) -> new Erasure(learnerId, event.erasedAt(), count));
	}

	/**
	 * Removes what the learner did up to the erasure. An enrolment made after it (the
	 * person came back) stays.
	 * @param event the erasure
	 * @return how many enrolments were removed
	 */
	public Mono<Long> apply(LearnerErased event) {
		return this.enrolments.deleteByLearner(event.learnerId(), event.erasedAt());
	}

	/**
	 * Whether the learner has been erased, so that an event about an enrolment of theirs
	 * that is no longer here, arriving late or in a replay, is to be ignored rather than
	 * retried.
	 * @param learnerId the learner
	 * @return {@code true} if the learner was ever erased
	 */
	public Mono<Boolean> wasErased(String learnerId) {
		return this.erasures.erasedAt(learnerId).hasElement();
	}

}
