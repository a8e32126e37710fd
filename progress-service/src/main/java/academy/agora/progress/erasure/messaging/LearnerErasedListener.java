package academy.agora.progress.erasure.messaging;

import java.time.Duration;

import academy.agora.events.Topics;
import academy.agora.events.progress.LearnerErased;
import academy.agora.progress.erasure.domain.LearnerErasure;
import academy.agora.support.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Completes erasures from this service's own {@code learner.erased} events: the request
 * deletes at once, and this repeats it after a crash between the record and the deletion.
 * The other event types on the topic are this service's own and skipped.
 */
@Component
class LearnerErasedListener {

	private static final Logger logger = LoggerFactory.getLogger(LearnerErasedListener.class);

	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

	private final LearnerErasure erasure;

	LearnerErasedListener(LearnerErasure erasure) {
		this.erasure = erasure;
	}

	@KafkaListener(topics = Topics.LEARNING_EVENTS)
	void on(ConsumerRecord<String, String> record) {
		IncomingEvents.decode(record)
			.filter(LearnerErased.class::isInstance)
			.map(LearnerErased.class::cast)
			.ifPresent((erased) -> {
				Long removed = IncomingEvents.await(this.erasure.apply(erased), WRITE_TIMEOUT,
						"the erasure of a learner");
				logger.info("Erasure of {}: {} enrolment(s) removed by the event", erased.learnerId(), removed);
			});
	}

}
