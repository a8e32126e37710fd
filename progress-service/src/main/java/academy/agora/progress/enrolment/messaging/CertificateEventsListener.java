package academy.agora.progress.enrolment.messaging;

import java.time.Duration;

import academy.agora.events.Topics;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.progress.enrolment.domain.Certificate;
import academy.agora.progress.enrolment.domain.EnrolmentNotFoundException;
import academy.agora.progress.enrolment.domain.LearningProgress;
import academy.agora.progress.erasure.domain.LearnerErasure;
import academy.agora.support.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records on each enrolment the certificate issued for it, from
 * {@code certificate.events}. Other event types on the topic are skipped; a record that
 * is no CloudEvent or does not match its contract fails with a
 * {@code MalformedEventException} and goes straight to {@code certificate.events.DLT}. A
 * certificate for an enrolment not known here (yet) fails with an
 * {@code EnrolmentNotFoundException}, which the shared error handler retries with
 * back-off before it parks the record on the dead-letter topic, unless its learner has
 * been erased: then the enrolment is gone on purpose and the record is skipped.
 */
@Component
class CertificateEventsListener {

	private static final Logger logger = LoggerFactory.getLogger(CertificateEventsListener.class);

	/** Longer than a healthy write ever takes, shorter than the consumer's poll limit. */
	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

	private final LearningProgress progress;

	private final LearnerErasure erasure;

	private final Duration writeTimeout;

	@Autowired
	CertificateEventsListener(LearningProgress progress, LearnerErasure erasure) {
		this(progress, erasure, WRITE_TIMEOUT);
	}

	CertificateEventsListener(LearningProgress progress, LearnerErasure erasure, Duration writeTimeout) {
		this.progress = progress;
		this.erasure = erasure;
		this.writeTimeout = writeTimeout;
	}

	/**
	 * Handles one record, synchronously, for the same reasons as the course events
	 * listener: the offset is committed only once the write has finished, and a failure
	 * reaches the error handler.
	 * @param record the record as received
	 */
	@KafkaListener(topics = Topics.CERTIFICATE_EVENTS)
	void on(ConsumerRecord<String, String> record) {
		IncomingEvents.decode(record).ifPresent((event) -> {
			if (event instanceof CertificateIssued issued) {
				Mono<Boolean> write = this.progress
					.recordCertificate(issued.enrolmentId(),
							new Certificate(issued.certificateId(), issued.verificationCode(), issued.issuedAt()))
					.onErrorResume(EnrolmentNotFoundException.class, (ex) -> this.erasure.wasErased(issued.learnerId())
						.flatMap((erased) -> erased ? Mono.just(false) : Mono.error(ex)));
				Boolean recorded = IncomingEvents.await(write, this.writeTimeout,
						"certificate " + issued.certificateId());
				logger.debug("Certificate {} of enrolment {} {}", issued.certificateId(), issued.enrolmentId(),
						Boolean.TRUE.equals(recorded) ? "recorded" : "was known already, or erased");
			}
		});
	}

}
