package academy.agora.progress.enrolment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import academy.agora.events.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enrolments kept in memory, for domain tests: the same rules as the store (one per
 * learner and course, conditional updates), and a way to lose races on purpose.
 */
public class InMemoryEnrolments implements Enrolments {

	public final Map<String, Enrolment> stored = new LinkedHashMap<>();

	public final List<Event> events = new ArrayList<>();

	public final AtomicInteger updates = new AtomicInteger();

	/** How many of the next updates fail as if someone else changed the enrolment. */
	public final AtomicInteger racesToLose = new AtomicInteger();

	@Override
	public Mono<Enrolment> insert(Enrolment enrolment, List<? extends Event> events) {
		return Mono.fromCallable(() -> {
			for (Enrolment existing : this.stored.values()) {
				if (existing.learnerId().equals(enrolment.learnerId())
						&& existing.courseId().equals(enrolment.courseId())) {
					throw new AlreadyEnrolledException(existing.courseId(), existing.id());
				}
			}
			this.stored.put(enrolment.id(), enrolment);
			this.events.addAll(events);
			return enrolment;
		});
	}

	@Override
	public Mono<Enrolment> findById(String id) {
		return Mono.justOrEmpty(this.stored.get(id));
	}

	@Override
	public Flux<Enrolment> findByLearner(String learnerId) {
		return Flux.fromIterable(this.stored.values()).filter((enrolment) -> enrolment.isOwnedBy(learnerId));
	}

	@Override
	public Mono<Enrolment> findByLearnerAndCourse(String learnerId, String courseId) {
		return findByLearner(learnerId).filter((enrolment) -> enrolment.courseId().equals(courseId)).next();
	}

	@Override
	public Flux<Enrolment> findByCohort(String cohortId) {
		return Flux.fromIterable(this.stored.values())
			.filter((enrolment) -> enrolment.isInCohort(cohortId))
			.sort(Comparator.comparing(Enrolment::learnerName));
	}

	@Override
	public Mono<Enrolment> update(Enrolment enrolment, List<? extends Event> events) {
		return Mono.fromCallable(() -> {
			this.updates.incrementAndGet();
			if (this.racesToLose.getAndUpdate((n) -> Math.max(0, n - 1)) > 0
					|| this.stored.get(enrolment.id()).revision() != enrolment.revision()) {
				throw new ConcurrentChangeException(enrolment.id());
			}
			Enrolment next = enrolment.withRevision(enrolment.revision() + 1);
			this.stored.put(next.id(), next);
			this.events.addAll(events);
			return next;
		});
	}

	@Override
	public synchronized Mono<Long> deleteByLearner(String learnerId, java.time.Instant enrolledUpTo) {
		long before = this.stored.size();
		this.stored.values().removeIf((e) -> e.learnerId().equals(learnerId) && !e.enrolledAt().isAfter(enrolledUpTo));
		return Mono.just(before - this.stored.size());
	}

	@Override
	public Mono<Boolean> recertify(String enrolmentId, Certificate certificate) {
		return Mono.fromCallable(() -> {
			Enrolment enrolment = this.stored.get(enrolmentId);
			if (enrolment == null || !enrolment.isCertified()
					|| !enrolment.certificate().certificateId().equals(certificate.certificateId())
					|| enrolment.certificate().equals(certificate)) {
				return false;
			}
			store(enrolment, certificate);
			return true;
		});
	}

	@Override
	public Mono<Boolean> certify(String enrolmentId, Certificate certificate) {
		return Mono.fromCallable(() -> {
			Enrolment enrolment = this.stored.get(enrolmentId);
			if (enrolment == null || enrolment.isCertified()) {
				return false;
			}
			store(enrolment, certificate);
			return true;
		});
	}

	private synchronized void store(Enrolment enrolment, Certificate certificate) {
		this.stored.put(enrolment.id(),
				new Enrolment(enrolment.id(), enrolment.learnerId(), enrolment.learnerName(), enrolment.municipality(),
						enrolment.country(), enrolment.cohortId(), enrolment.courseId(), enrolment.courseVersion(),
						enrolment.courseTitle(), enrolment.courseTitles(), enrolment.language(), enrolment.lessons(),
						enrolment.modules(), enrolment.quizzes(), enrolment.completionRules(),
						enrolment.estimatedHours(), enrolment.certificateApproval(), enrolment.status(),
						enrolment.enrolledAt(), enrolment.completedAt(), enrolment.attendance(),
						enrolment.lastActivityAt(), certificate, enrolment.withdrawnAt(), enrolment.revision() + 1));
	}

}
