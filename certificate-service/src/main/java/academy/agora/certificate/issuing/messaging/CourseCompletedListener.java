package academy.agora.certificate.issuing.messaging;

import java.time.Duration;

import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.events.Topics;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.support.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Issues a certificate for every {@code CourseCompleted} on
 * {@value Topics#LEARNING_EVENTS}; the other event types on that topic are none of this
 * service's business and are skipped. Delivery is at least once, so a completion may
 * arrive again (a redelivery, or a replay under a new event id): it then finds its
 * enrolment's certificate and is acknowledged without issuing another.
 * <p>
 * The listener is deliberately synchronous and blocks on the reactive store. The consumer
 * thread is Kafka's own, not an event loop, so blocking it starves nothing; and only a
 * listener that returns after the write (or throws) keeps records of a partition in order
 * and lets the shared {@code DefaultErrorHandler} seek back, retry with back-off and
 * finally dead-letter the record. A fire-and-forget subscription would acknowledge
 * records whose certificate was never written.
 */
@Component
class CourseCompletedListener {

	private static final Logger logger = LoggerFactory.getLogger(CourseCompletedListener.class);

	/** Longer than any healthy write; a timeout fails the record into the retries. */
	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

	private final CertificateIssuing issuing;

	CourseCompletedListener(CertificateIssuing issuing) {
		this.issuing = issuing;
	}

	@KafkaListener(topics = Topics.LEARNING_EVENTS, groupId = "${spring.application.name}")
	void onLearningEvent(ConsumerRecord<String, String> record) {
		IncomingEvents.decode(record)
			.filter(CourseCompleted.class::isInstance)
			.map(CourseCompleted.class::cast)
			.ifPresent(this::issue);
	}

	private void issue(CourseCompleted completion) {
		CertificateIssuing.Outcome outcome = this.issuing.issue(completion).block(WRITE_TIMEOUT);
		if (outcome == null) {
			throw new IllegalStateException("Issuing for enrolment " + completion.enrolmentId() + " had no outcome");
		}
		if (outcome.newlyIssued()) {
			logger.info("Issued certificate {} for enrolment {}", outcome.certificate().id(), completion.enrolmentId());
		}
		else {
			logger.info("Enrolment {} already has certificate {}; completion acknowledged as done",
					completion.enrolmentId(), outcome.certificate().id());
		}
	}

}
