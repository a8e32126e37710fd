package academy.agora.certificate.issuing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import academy.agora.support.access.Role;
import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Issues certificates for completed enrolments and carries them through their life:
 * approval, suspension, reinstatement, revocation, re-issue under a corrected name, and
 * erasure of the learner.
 */
public class CertificateIssuing {

	/** Fresh codes to try when a new code happens to be taken already. */
	static final int CODE_ATTEMPTS = 3;

	private final Certificates certificates;

	private final StatusAllocator statusAllocator;

	private final Erasures erasures;

	private final CoordinatedCohorts cohorts;

	private final String issuer;

	private final Clock clock;

	private final RandomGenerator random;

	/**
	 * Creates the service.
	 * @param certificates where certificates are kept
	 * @param statusAllocator hands out the credentials' status bits
	 * @param erasures the learners erased
	 * @param cohorts the cohorts coordinators run
	 * @param issuer the issuing organisation printed on new certificates
	 * @param clock the time
	 * @param random the source of verification codes; a {@code SecureRandom} outside
	 * tests
	 */
	public CertificateIssuing(Certificates certificates, StatusAllocator statusAllocator, Erasures erasures,
			CoordinatedCohorts cohorts, String issuer, Clock clock, RandomGenerator random) {
		this.certificates = certificates;
		this.statusAllocator = statusAllocator;
		this.erasures = erasures;
		this.cohorts = cohorts;
		this.issuer = issuer;
		this.clock = clock;
		this.random = random;
	}

	/**
	 * Issues the certificate a completion earns, once per enrolment, or holds it for
	 * approval if the course requires that. A completion seen again (a redelivery, or a
	 * replay with a new event id) finds the certificate already there and changes
	 * nothing; so does a completion of a learner erased since.
	 * @param completion the completed enrolment
	 * @return the outcome; empty if the learner was erased
	 */
	public Mono<Outcome> issue(Completion completion) {
		return this.erasures.erasedAt(completion.learnerId())
			.map((erasedAt) -> !erasedAt.isBefore(completion.completedAt()))
			.defaultIfEmpty(false)
			.flatMap((erased) -> erased ? Mono.empty()
					: this.certificates.findByEnrolmentId(completion.enrolmentId())
						.map((existing) -> new Outcome(existing, false))
						.switchIfEmpty(Mono.defer(() -> withFreshCode((code) -> insert(completion, code)))));
	}

	private Mono<Outcome> insert(Completion completion, VerificationCode code) {
		// A pending certificate gets its status bits when it is approved.
		Mono<Optional<StatusEntries>> entries = completion.approvalRequired() ? Mono.just(Optional.empty())
				: this.statusAllocator.allocate().map(Optional::of);
		return entries.flatMap((allocated) -> {
			Certificate.Change change = Certificate.earnedBy(UUID.randomUUID().toString(), completion, code,
					this.issuer, allocated.orElse(null), now());
			return this.certificates.insertIfFirstForEnrolment(change.certificate(), change.events())
				.flatMap((stored) -> stored ? Mono.just(new Outcome(change.certificate(), true)) : this.certificates
					.findByEnrolmentId(completion.enrolmentId())
					.map((existing) -> new Outcome(existing, false))
					.switchIfEmpty(Mono.error(() -> new IllegalStateException(
							"Enrolment " + completion.enrolmentId() + " has a certificate that cannot be read"))));
		});
	}

	/**
	 * The issuing organisation printed on new certificates, and on those stored before
	 * certificates recorded their own.
	 * @return its name
	 */
	public String issuer() {
		return this.issuer;
	}

	public Flux<Certificate> heldBy(String learnerId) {
		return this.certificates.findByLearnerId(learnerId);
	}

	/**
	 * A certificate its learner may see, and staff whose scope includes it. Anyone else
	 * is told it does not exist, so ids cannot be probed.
	 * @param viewer who is asking
	 * @param id the certificate
	 * @return the certificate, or a {@link CertificateNotFoundException}
	 */
	public Mono<Certificate> find(Viewer viewer, String id) {
		return this.certificates.findById(id)
			.filterWhen((certificate) -> certificate.isHeldBy(viewer.id()) ? Mono.just(true)
					: scopeOf(viewer).map(certificate::isIn))
			.switchIfEmpty(Mono.error(CertificateNotFoundException::new));
	}

	/**
	 * Certificates in the viewer's scope.
	 * @param viewer a coordinator or admin
	 * @param filter what to list
	 * @return the certificates
	 */
	public Flux<Certificate> list(Viewer viewer, CertificateFilter filter) {
		return scopeOf(viewer).flatMapMany((scope) -> this.certificates.find(filter, scope));
	}

	/**
	 * What a code states, for the public. A code of a certificate still pending, or of
	 * none, is not found.
	 * @param code the code
	 * @return the statement, or a {@link CertificateNotFoundException}
	 */
	public Mono<Certificate.Statement> verify(VerificationCode code) {
		return this.certificates.findByVerificationCode(code)
			.flatMap((certificate) -> Mono.justOrEmpty(certificate.statementFor(code)))
			.switchIfEmpty(Mono.error(CertificateNotFoundException::new));
	}

	public Mono<Certificate> approve(Viewer viewer, String id) {
		return change(viewer, id,
				(certificate, now) -> (certificate.status() == CertificateStatus.PENDING)
						? this.statusAllocator.allocate()
							.map((entries) -> certificate.approve(viewer.id(), entries, now))
						: Mono.just(certificate.approve(viewer.id(), null, now)));
	}

	public Mono<Certificate> suspend(Viewer viewer, String id, String reason) {
		return change(viewer, id, (certificate, now) -> Mono.just(certificate.suspend(viewer.id(), reason, now)));
	}

	public Mono<Certificate> reinstate(Viewer viewer, String id, String reason) {
		return change(viewer, id, (certificate, now) -> Mono.just(certificate.reinstate(viewer.id(), reason, now)));
	}

	public Mono<Certificate> revoke(Viewer viewer, String id, String reason) {
		return change(viewer, id, (certificate, now) -> Mono.just(certificate.revoke(viewer.id(), reason, now)));
	}

	/**
	 * Corrects the printed name, issuing the certificate again under a new code if it was
	 * issued (see {@link Certificate#correctName}).
	 * @param viewer the coordinator or admin
	 * @param id the certificate
	 * @param name the corrected name
	 * @param reason why
	 * @return the certificate afterwards
	 */
	public Mono<Certificate> correctName(Viewer viewer, String id, String name, String reason) {
		String corrected = name.strip();
		return withFreshCode((code) -> change(viewer, id,
				(certificate, now) -> certificate.isReissuedFor(corrected)
						? this.statusAllocator.allocate()
							.map((entries) -> certificate.correctName(corrected, viewer.id(), reason, code, entries,
									now))
						: Mono.just(certificate.correctName(corrected, viewer.id(), reason, code, null, now))));
	}

	/**
	 * Notes who runs a cohort, so that they reach its members' certificates.
	 * @param cohort the cohort
	 * @return completion once stored
	 */
	public Mono<Void> cohortPlanned(CoordinatedCohorts.Cohort cohort) {
		return this.cohorts.record(cohort);
	}

	/**
	 * Erases what this service holds of a learner, from completions up to the erasure,
	 * and remembers the erasure so that a completion from before it that arrives later
	 * issues nothing. Repeating it changes nothing more.
	 * @param learnerId the learner
	 * @param erasedAt when they were erased
	 * @return how many certificates were erased now
	 */
	public Mono<Long> erase(String learnerId, Instant erasedAt) {
		return this.erasures.record(learnerId, erasedAt)
			.thenMany(this.certificates.findByLearnerCompletedUpTo(learnerId, erasedAt))
			.concatMap((certificate) -> retryingConcurrentChanges(
					() -> this.certificates.findById(certificate.id()).flatMap((current) -> {
						Certificate.Change change = current.erase(erasedAt);
						return change.changed()
								? this.certificates.update(change.certificate(), change.events()).thenReturn(1L)
								: Mono.just(0L);
					})))
			.reduce(0L, Long::sum);
	}

	/**
	 * Applies a staff action to a certificate in the viewer's scope, never to their own,
	 * and stores it unless it changed nothing. A lost race with a concurrent change is
	 * retried on the fresh state.
	 */
	private Mono<Certificate> change(Viewer viewer, String id,
			BiFunction<Certificate, Instant, Mono<Certificate.Change>> action) {
		return retryingConcurrentChanges(() -> this.certificates.findById(id)
			.filterWhen((certificate) -> certificate.isHeldBy(viewer.id()) ? Mono.just(false)
					: scopeOf(viewer).map(certificate::isIn))
			.switchIfEmpty(Mono.error(CertificateNotFoundException::new))
			.flatMap((certificate) -> action.apply(certificate, now()))
			.flatMap((change) -> change.changed() ? this.certificates.update(change.certificate(), change.events())
					: Mono.just(change.certificate())));
	}

	private Mono<Scope> scopeOf(Viewer viewer) {
		if (viewer.seesEverything() || !viewer.is(Role.COORDINATOR)) {
			return Mono.just(Scope.of(viewer, Set.of()));
		}
		return this.cohorts.idsRunBy(viewer).collectList().map((cohortIds) -> Scope.of(viewer, cohortIds));
	}

	private <T> Mono<T> withFreshCode(Function<VerificationCode, Mono<T>> write) {
		return Mono.defer(() -> write.apply(VerificationCode.generate(this.random)))
			.retryWhen(Retry.max(CODE_ATTEMPTS - 1)
				.filter(VerificationCodeTakenException.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	private static <T> Mono<T> retryingConcurrentChanges(Supplier<Mono<T>> write) {
		return Mono.defer(write)
			.retryWhen(Retry.max(3)
				.filter(ConcurrentChangeException.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	/**
	 * The time, to the millisecond: what the store keeps, so that events and stored
	 * certificates state the same moment.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * What issuing did.
	 *
	 * @param certificate the enrolment's certificate
	 * @param newlyIssued {@code true} if it was created now, {@code false} if it existed
	 * already
	 */
	public record Outcome(Certificate certificate, boolean newlyIssued) {
	}

}
