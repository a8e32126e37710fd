package academy.agora.certificate.issuing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.random.RandomGenerator;

import academy.agora.events.progress.CourseCompleted;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Issues certificates for completed enrolments and lists a learner's own.
 */
public class CertificateIssuing {

	/** Fresh codes to try when a new code happens to be taken already. */
	static final int CODE_ATTEMPTS = 3;

	private final Certificates certificates;

	private final Clock clock;

	private final RandomGenerator random;

	/**
	 * Creates the service.
	 * @param certificates where certificates are kept
	 * @param clock the time of issue
	 * @param random the source of verification codes; a {@code SecureRandom} outside
	 * tests
	 */
	public CertificateIssuing(Certificates certificates, Clock clock, RandomGenerator random) {
		this.certificates = certificates;
		this.clock = clock;
		this.random = random;
	}

	/**
	 * Issues the certificate a completion earns, once per enrolment. A completion seen
	 * again (a redelivery, or a replay with a new event id) finds the certificate already
	 * issued and changes nothing.
	 * @param completion the completed enrolment
	 * @return the outcome
	 */
	public Mono<Outcome> issue(CourseCompleted completion) {
		return Mono.defer(() -> attempt(completion))
			.retryWhen(Retry.max(CODE_ATTEMPTS - 1)
				.filter(VerificationCodeTakenException.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	public Flux<Certificate> heldBy(String learnerId) {
		return this.certificates.findByLearnerId(learnerId);
	}

	private Mono<Outcome> attempt(CourseCompleted completion) {
		Certificate.Issue issue = Certificate.issue(UUID.randomUUID().toString(), completion,
				VerificationCode.generate(this.random), now());
		return this.certificates.insertIfFirstForEnrolment(issue.certificate(), issue.events())
			.flatMap((stored) -> stored ? Mono.just(new Outcome(issue.certificate(), true))
					: this.certificates.findByEnrolmentId(completion.enrolmentId())
						.map((existing) -> new Outcome(existing, false))
						.switchIfEmpty(Mono.error(() -> new IllegalStateException(
								"Enrolment " + completion.enrolmentId() + " has a certificate that cannot be read"))));
	}

	/**
	 * The time of issue, to the millisecond: what the store keeps, so the event and the
	 * stored certificate state the same moment.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * What issuing did.
	 *
	 * @param certificate the enrolment's certificate
	 * @param newlyIssued {@code true} if it was issued now, {@code false} if it existed
	 * already
	 */
	public record Outcome(Certificate certificate, boolean newlyIssued) {
	}

}
