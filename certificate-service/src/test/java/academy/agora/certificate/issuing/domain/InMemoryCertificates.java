package academy.agora.certificate.issuing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import academy.agora.certificate.credential.domain.StatusEntry;
import academy.agora.certificate.credential.domain.StatusPurpose;
import academy.agora.events.Event;
import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps certificates the way the MongoDB store does: unique enrolment and code,
 * optimistic revisions, events stored with the change. Also stands in for the other ports
 * the domain needs.
 */
class InMemoryCertificates implements Certificates, StatusAllocator, Erasures, CoordinatedCohorts {

	final Map<String, Certificate> byId = new LinkedHashMap<>();

	final List<Event> events = new ArrayList<>();

	final Map<String, Instant> erasures = new LinkedHashMap<>();

	final Map<String, CoordinatedCohorts.Cohort> cohorts = new LinkedHashMap<>();

	private final AtomicInteger nextIndex = new AtomicInteger();

	@Override
	public synchronized Mono<Boolean> insertIfFirstForEnrolment(Certificate certificate, List<? extends Event> caused) {
		if (this.byId.values().stream().anyMatch((c) -> c.enrolmentId().equals(certificate.enrolmentId()))) {
			return Mono.just(false);
		}
		if (codeTaken(certificate)) {
			return Mono.error(new VerificationCodeTakenException(new VerificationCode(certificate.verificationCode())));
		}
		this.byId.put(certificate.id(), certificate);
		this.events.addAll(caused);
		return Mono.just(true);
	}

	@Override
	public synchronized Mono<Certificate> update(Certificate certificate, List<? extends Event> caused) {
		Certificate stored = this.byId.get(certificate.id());
		if (stored == null || !stored.revision().equals(certificate.revision())) {
			return Mono.error(new ConcurrentChangeException(certificate.id()));
		}
		if (codeTaken(certificate)) {
			return Mono.error(new VerificationCodeTakenException(new VerificationCode(certificate.verificationCode())));
		}
		Certificate next = certificate.withRevision(certificate.revision() + 1);
		this.byId.put(next.id(), next);
		this.events.addAll(caused);
		return Mono.just(next);
	}

	private boolean codeTaken(Certificate certificate) {
		return this.byId.values()
			.stream()
			.anyMatch((c) -> !c.id().equals(certificate.id())
					&& c.verificationCode().equals(certificate.verificationCode()));
	}

	@Override
	public synchronized Mono<Certificate> findById(String id) {
		return Mono.justOrEmpty(this.byId.get(id));
	}

	@Override
	public synchronized Mono<Certificate> findByEnrolmentId(String enrolmentId) {
		return Mono
			.justOrEmpty(this.byId.values().stream().filter((c) -> c.enrolmentId().equals(enrolmentId)).findFirst());
	}

	@Override
	public synchronized Mono<Certificate> findByVerificationCode(VerificationCode code) {
		return Mono.justOrEmpty(this.byId.values()
			.stream()
			.filter((c) -> c.verificationCode().equals(code.value())
					|| c.previousIssues().stream().anyMatch((issue) -> issue.verificationCode().equals(code.value())))
			.findFirst());
	}

	@Override
	public synchronized Flux<Certificate> findByLearnerId(String learnerId) {
		return Flux.fromIterable(this.byId.values()
			.stream()
			.filter((c) -> c.isHeldBy(learnerId))
			.sorted(Comparator.comparing(Certificate::completedAt).reversed())
			.toList());
	}

	@Override
	public synchronized Flux<Certificate> find(CertificateFilter filter, Scope scope) {
		return Flux.fromIterable(this.byId.values()
			.stream()
			.filter((c) -> filter.status() == null || c.status() == filter.status())
			.filter((c) -> filter.courseId() == null || c.courseId().equals(filter.courseId()))
			.filter((c) -> filter.cohortId() == null || filter.cohortId().equals(c.cohortId()))
			.filter((c) -> c.isIn(scope))
			.sorted(Comparator.comparing(Certificate::completedAt))
			.limit(filter.limit())
			.toList());
	}

	@Override
	public synchronized Flux<Certificate> findByLearnerCompletedUpTo(String learnerId, Instant completedUpTo) {
		return Flux.fromIterable(this.byId.values()
			.stream()
			.filter((c) -> c.isHeldBy(learnerId) && !c.completedAt().isAfter(completedUpTo))
			.toList());
	}

	@Override
	public Mono<StatusEntries> allocate() {
		int index = this.nextIndex.getAndIncrement();
		return Mono.just(new StatusEntries(new StatusEntry(StatusPurpose.REVOCATION, "revocation-1", index),
				new StatusEntry(StatusPurpose.SUSPENSION, "suspension-1", index)));
	}

	@Override
	public synchronized Mono<Void> record(String learnerId, Instant erasedAt) {
		this.erasures.merge(learnerId, erasedAt, (a, b) -> a.isAfter(b) ? a : b);
		return Mono.empty();
	}

	@Override
	public synchronized Mono<Instant> erasedAt(String learnerId) {
		return Mono.justOrEmpty(this.erasures.get(learnerId));
	}

	@Override
	public synchronized Mono<Void> record(CoordinatedCohorts.Cohort cohort) {
		this.cohorts.put(cohort.id(), cohort);
		return Mono.empty();
	}

	@Override
	public synchronized Flux<String> idsRunBy(Viewer coordinator) {
		Scope reach = Scope.of(coordinator, Set.of());
		return Flux.fromIterable(this.cohorts.values()
			.stream()
			.filter((cohort) -> cohort.coordinatorId().equals(coordinator.id())
					|| reach.includes(cohort.municipality(), cohort.country(), null))
			.map(CoordinatedCohorts.Cohort::id)
			.toList());
	}

}
