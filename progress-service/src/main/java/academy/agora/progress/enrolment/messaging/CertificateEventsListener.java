package academy.agora.progress.enrolment.messaging;

import java.time.Duration;
import java.util.function.UnaryOperator;

import academy.agora.events.Topics;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.certificate.CertificateReinstated;
import academy.agora.events.certificate.CertificateReissued;
import academy.agora.events.certificate.CertificateRevoked;
import academy.agora.events.certificate.CertificateSuspended;
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
			if (event instanceof CertificateSuspended suspended) {
				change(suspended.enrolmentId(), suspended.certificateId(),
						(certificate) -> withStatus(certificate, Certificate.Status.SUSPENDED));
			}
			if (event instanceof CertificateReinstated reinstated) {
				change(reinstated.enrolmentId(), reinstated.certificateId(),
						(certificate) -> withStatus(certificate, Certificate.Status.VALID));
			}
			if (event instanceof CertificateRevoked revoked) {
				change(revoked.enrolmentId(), revoked.certificateId(),
						(certificate) -> withStatus(certificate, Certificate.Status.REVOKED));
			}
			if (event instanceof CertificateReissued reissued) {
				change(reissued.enrolmentId(), reissued.certificateId(),
						(certificate) -> new Certificate(certificate.certificateId(), reissued.verificationCode(),
								reissued.reissuedAt(), certificate.status()));
			}
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

	private void change(String enrolmentId, String certificateId, UnaryOperator<Certificate> change) {
		Boolean recorded = IncomingEvents.await(
				this.progress.recordCertificateChange(enrolmentId, certificateId, change), this.writeTimeout,
				"a change of certificate " + certificateId);
		logger.debug("Change of certificate {} of enrolment {} {}", certificateId, enrolmentId,
				Boolean.TRUE.equals(recorded) ? "recorded" : "was known already, or its enrolment is gone");
	}

	private static Certificate withStatus(Certificate certificate, Certificate.Status status) {
		return new Certificate(certificate.certificateId(), certificate.verificationCode(), certificate.issuedAt(),
				status);
	}

}
