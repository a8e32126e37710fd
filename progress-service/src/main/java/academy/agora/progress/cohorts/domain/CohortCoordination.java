package academy.agora.progress.cohorts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.progress.enrolment.domain.AlreadyEnrolledException;
import academy.agora.progress.enrolment.domain.AlreadyInAnotherCohortException;
import academy.agora.progress.enrolment.domain.AttendanceRecord;
import academy.agora.progress.enrolment.domain.ConcurrentChangeException;
import academy.agora.progress.enrolment.domain.CourseNotFoundException;
import academy.agora.progress.enrolment.domain.CourseRetiredException;
import academy.agora.progress.enrolment.domain.Enrolment;
import academy.agora.progress.enrolment.domain.Enrolments;
import academy.agora.progress.enrolment.domain.InvalidAttendanceException;
import academy.agora.progress.enrolment.domain.Learner;
import academy.agora.progress.enrolment.domain.LearningProgress;
import academy.agora.support.access.Role;
import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * What coordinators do with cohorts, and how learners join them.
 */
public class CohortCoordination {

	/**
	 * How often a new join code is drawn when the one drawn is taken. With 32^8 codes a
	 * second draw is already improbable; failing after this many means something else is
	 * wrong.
	 */
	private static final int CODE_DRAWS = 5;

	private final Cohorts cohorts;

	private final CourseVersions courses;

	private final Enrolments enrolments;

	private final LearningProgress progress;

	private final RandomGenerator random;

	private final Clock clock;

	public CohortCoordination(Cohorts cohorts, CourseVersions courses, Enrolments enrolments, LearningProgress progress,
			RandomGenerator random, Clock clock) {
		this.cohorts = cohorts;
		this.courses = courses;
		this.enrolments = enrolments;
		this.progress = progress;
		this.random = random;
		this.clock = clock;
	}

	/**
	 * Plans a cohort of a published course, with a new join code, and announces it with
	 * {@code CohortPlanned} in the same write.
	 * @param planner the coordinator or admin
	 * @param plan the plan
	 * @return the stored cohort, an {@link InvalidCohortException}, a
	 * {@link MunicipalityOutOfScopeException}, a {@link CourseNotFoundException} or a
	 * {@link CourseRetiredException}; nothing is stored unless it succeeds
	 */
	public Mono<Cohort> plan(Viewer planner, CohortPlan plan) {
		return Mono.fromRunnable(() -> Cohort.check(plan, planner, today()))
			.then(this.courses.findLatest(plan.courseId()))
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(plan.courseId())))
			.filterWhen((course) -> this.courses.isRetired(plan.courseId()).map((retired) -> !retired))
			.switchIfEmpty(Mono.error(() -> new CourseRetiredException(plan.courseId())))
			.flatMap((course) -> {
				String id = UUID.randomUUID().toString();
				Instant now = now();
				LocalDate today = today();
				// Each retry draws a new code.
				return Mono.defer(() -> {
					Cohort cohort = Cohort.plan(id, JoinCode.generate(this.random), plan, planner, course, now, today);
					return this.cohorts.insert(cohort, List.of(cohort.planned()));
				})
					.retryWhen(Retry.max(CODE_DRAWS - 1)
						.filter(DuplicateJoinCodeException.class::isInstance)
						.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
			});
	}

	/**
	 * The cohorts someone may see: an admin every cohort, a coordinator those they run
	 * (everything if their reach is).
	 * @param viewer who is looking
	 * @return the cohorts, the latest start first
	 */
	public Flux<Cohort> visibleTo(Viewer viewer) {
		if (viewer.seesEverything()) {
			return this.cohorts.findAll();
		}
		if (viewer.is(Role.COORDINATOR)) {
			return this.cohorts.findRunBy(viewer);
		}
		return Flux.empty();
	}

	/**
	 * A cohort someone may see; any other is reported as not existing.
	 * @param viewer who is looking
	 * @param id the cohort
	 * @return the cohort or a {@link CohortNotFoundException}
	 */
	public Mono<Cohort> find(Viewer viewer, String id) {
		return this.cohorts.findById(id)
			.filter((cohort) -> cohort.isVisibleTo(viewer))
			.switchIfEmpty(Mono.error(() -> CohortNotFoundException.withId(id)));
	}

	/**
	 * The members of a cohort someone may see, with their progress.
	 * @param viewer who is looking
	 * @param id the cohort
	 * @return the members' enrolments, by name, or a {@link CohortNotFoundException}
	 */
	public Flux<Enrolment> members(Viewer viewer, String id) {
		return find(viewer, id).flatMapMany((cohort) -> this.enrolments.findByCohort(cohort.id()));
	}

	/**
	 * The members of a cohort whose completion by attendance a coordinator asks to
	 * record: every member, or the ones named, in the order of the members' list. The
	 * request is checked before anything is looked up: the reason as
	 * {@link AttendanceRecord#of} does, then the cohort as {@link #find} does. Members
	 * who completed already or withdrew, and the coordinator's own enrolment, are
	 * included: what becomes of each is for its completion to tell.
	 * @param viewer the coordinator or admin
	 * @param cohortId the cohort
	 * @param reason why, as typed
	 * @param enrolmentIds the members to complete, or {@code null} or empty for all
	 * @return their enrolment ids, an {@link InvalidAttendanceException}, a
	 * {@link CohortNotFoundException} or a {@link NotCohortMembersException}
	 */
	public Mono<List<String>> membersToCompleteByAttendance(Viewer viewer, String cohortId, String reason,
			List<String> enrolmentIds) {
		return Mono.fromRunnable(() -> AttendanceRecord.of(viewer.id(), reason))
			.then(members(viewer, cohortId).map(Enrolment::id).collectList())
			.map((members) -> {
				if (enrolmentIds == null || enrolmentIds.isEmpty()) {
					return members;
				}
				Set<String> named = new LinkedHashSet<>(enrolmentIds);
				Set<String> all = Set.copyOf(members);
				List<String> strangers = named.stream().filter((id) -> !all.contains(id)).toList();
				if (!strangers.isEmpty()) {
					throw new NotCohortMembersException(cohortId, strangers);
				}
				return members.stream().filter(named::contains).toList();
			});
	}

	/**
	 * Joins a learner to the cohort with a join code. A learner without an enrolment in
	 * the cohort's course is enrolled in its latest published version; one enrolled on
	 * their own has that enrolment attached to the cohort, progress and all; one in the
	 * cohort already is told so, and nothing changes, even after the cohort closed. A
	 * race with a concurrent enrolment or change of the learner's enrolment is retried
	 * once on the fresh state.
	 * @param learner the learner
	 * @param typedCode the join code as typed
	 * @return how they joined, an {@link InvalidJoinCodeException}, a
	 * {@link CohortNotFoundException}, a {@link CohortClosedException}, an
	 * {@link AlreadyInAnotherCohortException}, a {@link CourseNotFoundException} or a
	 * {@link CourseRetiredException}
	 */
	public Mono<Membership> join(Learner learner, String typedCode) {
		return Mono.fromCallable(() -> JoinCode.normalise(typedCode))
			.flatMap(this.cohorts::findByJoinCode)
			.switchIfEmpty(Mono.error(CohortNotFoundException::withCode))
			.flatMap((cohort) -> {
				Mono<Membership> attempt = Mono.defer(() -> tryToJoin(learner, cohort));
				return attempt.onErrorResume(
						(ex) -> ex instanceof AlreadyEnrolledException || ex instanceof ConcurrentChangeException,
						(ex) -> attempt);
			});
	}

	private Mono<Membership> tryToJoin(Learner learner, Cohort cohort) {
		LocalDate today = today();
		return this.enrolments.findByLearnerAndCourse(learner.id(), cohort.courseId()).flatMap((existing) -> {
			if (existing.isInCohort(cohort.id())) {
				if (!existing.isWithdrawn()) {
					return Mono.just(new Membership(cohort, existing, Membership.Outcome.ALREADY_MEMBER));
				}
				// Joining again after withdrawing is enrolling again.
				cohort.ensureOpen(today);
				return this.enrolments.update(existing.reactivate(), List.of())
					.map((stored) -> new Membership(cohort, stored, Membership.Outcome.ALREADY_MEMBER));
			}
			cohort.ensureOpen(today);
			return this.enrolments.update(existing.joinCohort(cohort.id()).reactivate(), List.of())
				.map((stored) -> new Membership(cohort, stored, Membership.Outcome.ATTACHED));
		}).switchIfEmpty(Mono.defer(() -> {
			cohort.ensureOpen(today);
			return this.progress.enrol(learner, cohort.courseId(), cohort.id())
				.map((enrolment) -> new Membership(cohort, enrolment, Membership.Outcome.ENROLLED));
		}));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A learner in a cohort after joining it.
	 *
	 * @param cohort the cohort
	 * @param enrolment their enrolment in its course
	 * @param outcome what joining did
	 */
	public record Membership(Cohort cohort, Enrolment enrolment, Outcome outcome) {

		/**
		 * What joining did.
		 */
		public enum Outcome {

			/** A new enrolment in the cohort. */
			ENROLLED,

			/** The learner's enrolment joined the cohort. */
			ATTACHED,

			/** The learner was in the cohort already; nothing changed. */
			ALREADY_MEMBER

		}

	}

}
