package academy.agora.progress.enrolment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.progress.courses.domain.Grade;
import academy.agora.progress.courses.domain.InvalidAnswersException;
import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What learners do: enrol, complete lessons, attempt quizzes and look at their progress;
 * and what staff do for them: grant attempts, record completion by attendance.
 */
public class LearningProgress {

	private final Enrolments enrolments;

	private final CourseVersions courses;

	private final Scopes scopes;

	private final Clock clock;

	public LearningProgress(Enrolments enrolments, CourseVersions courses, Scopes scopes, Clock clock) {
		this.enrolments = enrolments;
		this.courses = courses;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * Enrols a learner in the latest published version of a course known here.
	 * @param learner the learner
	 * @param courseId the course A learner who withdrew from the course has that
	 * enrolment re-activated, with its progress, instead.
	 * @return the new enrolment, a {@link CourseNotFoundException}, a
	 * {@link CourseRetiredException} or an {@link AlreadyEnrolledException}
	 */
	public Mono<Enrolment> enrol(Learner learner, String courseId) {
		return enrol(learner, courseId, null);
	}

	/**
	 * Enrols a learner in the latest published version of a course known here, as a
	 * member of a cohort or on their own.
	 * @param learner the learner
	 * @param courseId the course
	 * @param cohortId the cohort they join, {@code null} for a self-paced enrolment
	 * @return the new enrolment, a {@link CourseNotFoundException}, a
	 * {@link CourseRetiredException} or an {@link AlreadyEnrolledException}
	 */
	public Mono<Enrolment> enrol(Learner learner, String courseId, String cohortId) {
		return tryToEnrol(learner, courseId, cohortId).onErrorResume(AlreadyEnrolledException.class,
				(ex) -> this.enrolments.findById(ex.enrolmentId())
					.filter(Enrolment::isWithdrawn)
					.switchIfEmpty(Mono.error(ex))
					.flatMap((withdrawn) -> this.enrolments.update(withdrawn.reactivate(), List.of())));
	}

	private Mono<Enrolment> tryToEnrol(Learner learner, String courseId, String cohortId) {
		return this.courses.findLatest(courseId)
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(courseId)))
			.filterWhen((course) -> this.courses.isRetired(courseId).map((retired) -> !retired))
			.switchIfEmpty(Mono.error(() -> new CourseRetiredException(courseId)))
			.flatMap((course) -> {
				Enrolment.Change change = Enrolment.enrol(UUID.randomUUID().toString(), learner, course, cohortId,
						now());
				return this.enrolments.insert(change.enrolment(), change.events());
			});
	}

	/**
	 * An enrolment its learner may see, and staff whose {@link Scope} includes it. Anyone
	 * else is told it does not exist, so ids cannot be probed.
	 * @param viewer who is looking
	 * @param id the enrolment
	 * @return the enrolment or an {@link EnrolmentNotFoundException}
	 */
	public Mono<Enrolment> find(Viewer viewer, String id) {
		return this.enrolments.findById(id)
			.filterWhen((enrolment) -> enrolment.isOwnedBy(viewer.id()) ? Mono.just(true)
					: this.scopes.of(viewer).map(enrolment::isIn))
			.switchIfEmpty(Mono.error(() -> new EnrolmentNotFoundException(id)));
	}

	/**
	 * Grants a learner attempts at a quiz beyond its limit: a coordinator's remedy for a
	 * learner stuck after using every attempt at a quiz they need, as a Moodle teacher's
	 * user override. Only staff whose scope includes the enrolment may, and nobody for
	 * their own enrolment; anyone else is told it does not exist. A lost race with a
	 * concurrent change is retried once on the fresh state.
	 * @param viewer the coordinator or admin
	 * @param enrolmentId the enrolment
	 * @param quizId the quiz
	 * @param count how many more attempts
	 * @return the enrolment afterwards, an {@link EnrolmentNotFoundException}, a
	 * {@link QuizNotFoundException} or an {@link InvalidGrantException}
	 */
	public Mono<Enrolment> grantAttempts(Viewer viewer, String enrolmentId, String quizId, int count) {
		Mono<Enrolment> attempt = Mono.defer(() -> actedOnBy(viewer, enrolmentId).flatMap(
				(enrolment) -> this.enrolments.update(enrolment.grantAttempts(quizId, count).enrolment(), List.of())));
		return attempt.onErrorResume(ConcurrentChangeException.class, (ex) -> attempt);
	}

	/**
	 * Completes an enrolment because its learner attended the course's live sessions, as
	 * a coordinator running a blended cohort records it (see
	 * {@link Enrolment#completeByAttendance}). Only staff whose scope includes the
	 * enrolment may, and nobody for their own enrolment; anyone else is told it does not
	 * exist. The reason is checked before anything is looked up. A completed enrolment
	 * stays as it is. A lost race with a concurrent change is retried once on the fresh
	 * state.
	 * @param viewer the coordinator or admin
	 * @param enrolmentId the enrolment
	 * @param reason why, as typed; trimmed
	 * @return the outcome (not the first time if the enrolment was completed before), an
	 * {@link InvalidAttendanceException}, an {@link EnrolmentNotFoundException} or an
	 * {@link EnrolmentWithdrawnException}
	 */
	public Mono<Completion> completeByAttendance(Viewer viewer, String enrolmentId, String reason) {
		Mono<Completion> attempt = Mono.defer(() -> {
			AttendanceRecord attendance = AttendanceRecord.of(viewer.id(), reason);
			return actedOnBy(viewer, enrolmentId).flatMap((enrolment) -> {
				Enrolment.Change change = enrolment.completeByAttendance(attendance, now());
				if (!change.changed()) {
					return Mono.just(new Completion(enrolment, false));
				}
				return this.enrolments.update(change.enrolment(), change.events())
					.map((stored) -> new Completion(stored, true));
			});
		});
		return attempt.onErrorResume(ConcurrentChangeException.class, (ex) -> attempt);
	}

	/**
	 * An enrolment a member of staff may act on: in their scope and not their own.
	 */
	private Mono<Enrolment> actedOnBy(Viewer viewer, String enrolmentId) {
		return this.enrolments.findById(enrolmentId)
			.filterWhen((enrolment) -> enrolment.isOwnedBy(viewer.id()) ? Mono.just(false)
					: this.scopes.of(viewer).map(enrolment::isIn))
			.switchIfEmpty(Mono.error(() -> new EnrolmentNotFoundException(enrolmentId)));
	}

	public Flux<Enrolment> mine(String learnerId) {
		return this.enrolments.findByLearner(learnerId);
	}

	/**
	 * Completes a lesson of the learner's own enrolment. A lost race with a concurrent
	 * change of the same enrolment is retried once on the fresh state; if that is lost
	 * too, the {@link ConcurrentChangeException} reaches the caller.
	 * @param learnerId the signed-in learner
	 * @param enrolmentId the enrolment
	 * @param lessonId the lesson
	 * @return the outcome, an {@link EnrolmentNotFoundException} (also for someone else's
	 * enrolment) or a {@link LessonNotFoundException}
	 */
	public Mono<Completion> completeLesson(String learnerId, String enrolmentId, String lessonId) {
		Mono<Completion> attempt = Mono.defer(() -> tryToComplete(learnerId, enrolmentId, lessonId));
		return attempt.onErrorResume(ConcurrentChangeException.class, (ex) -> attempt);
	}

	private Mono<Completion> tryToComplete(String learnerId, String enrolmentId, String lessonId) {
		return owned(learnerId, enrolmentId).flatMap((enrolment) -> {
			Enrolment.Change change = enrolment.completeLesson(lessonId, now());
			if (!change.changed()) {
				return Mono.just(new Completion(enrolment, false));
			}
			return this.enrolments.update(change.enrolment(), change.events())
				.map((stored) -> new Completion(stored, true));
		});
	}

	/**
	 * Grades a quiz attempt against the answer key of the enrolled version and stores it,
	 * with the enrolment's new state and its events, in one write; only then is the
	 * attempt acknowledged. Nothing is stored when the attempt is refused. A lost race
	 * with a concurrent change of the same enrolment is retried once on the fresh state,
	 * where the attempt limit is checked again, so concurrent attempts never exceed it.
	 * @param learnerId the signed-in learner
	 * @param enrolmentId the enrolment
	 * @param quizId the quiz
	 * @param answers the chosen option ids by question id; a question left out is wrong
	 * @param languagePreferences the reader's language preferences, the strongest first
	 * (see {@link Languages#choose})
	 * @return the graded attempt, an {@link EnrolmentNotFoundException} (also for someone
	 * else's enrolment), a {@link QuizNotFoundException}, an
	 * {@link AttemptLimitReachedException} or an {@link InvalidAnswersException}
	 */
	public Mono<GradedAttempt> attemptQuiz(String learnerId, String enrolmentId, String quizId,
			Map<String, ? extends Collection<String>> answers, List<String> languagePreferences) {
		Mono<GradedAttempt> attempt = Mono
			.defer(() -> tryToAttempt(learnerId, enrolmentId, quizId, answers, languagePreferences));
		return attempt.onErrorResume(ConcurrentChangeException.class, (ex) -> attempt);
	}

	private Mono<GradedAttempt> tryToAttempt(String learnerId, String enrolmentId, String quizId,
			Map<String, ? extends Collection<String>> answers, List<String> languagePreferences) {
		return owned(learnerId, enrolmentId).flatMap((enrolment) -> {
			enrolment.quizOpenForAnAttempt(quizId);
			return this.courses.find(enrolment.courseId(), enrolment.courseVersion())
				.switchIfEmpty(Mono.error(() -> new IllegalStateException(
						"Enrolment " + enrolmentId + " follows a course version that is not known here: "
								+ enrolment.courseId() + " version " + enrolment.courseVersion())))
				.flatMap((version) -> {
					CourseVersion.Quiz key = version.quiz(quizId)
						.orElseThrow(() -> new QuizNotFoundException(version.courseId(), version.version(), quizId));
					Grade grade = key.grade(answers);
					Enrolment.Change change = enrolment.recordAttempt(grade, now());
					String language = Languages.choose(languagePreferences, version.languages(), version.language());
					return this.enrolments.update(change.enrolment(), change.events())
						.map((stored) -> GradedAttempt.of(stored, quizId, key, language, version.language()));
				});
		});
	}

	/**
	 * The learner leaves a course they have not completed. Withdrawing again changes
	 * nothing. A lost race with a concurrent change is retried once on the fresh state.
	 * @param learnerId the signed-in learner
	 * @param enrolmentId the enrolment
	 * @return the withdrawn enrolment, an {@link EnrolmentNotFoundException} (also for
	 * someone else's enrolment) or an {@link EnrolmentCompletedException}
	 */
	public Mono<Enrolment> withdraw(String learnerId, String enrolmentId) {
		Mono<Enrolment> attempt = Mono.defer(() -> owned(learnerId, enrolmentId).flatMap((enrolment) -> {
			Enrolment.Change change = enrolment.withdraw(now());
			return change.changed() ? this.enrolments.update(change.enrolment(), change.events())
					: Mono.just(enrolment);
		}));
		return attempt.onErrorResume(ConcurrentChangeException.class, (ex) -> attempt);
	}

	/**
	 * Moves the learner's enrolment to a newer published version of its course, keeping
	 * what still applies (see {@link Enrolment#moveTo}). A lost race with a concurrent
	 * change is retried once on the fresh state.
	 * @param learnerId the signed-in learner
	 * @param enrolmentId the enrolment
	 * @param version the version to move to
	 * @return the moved enrolment, an {@link EnrolmentNotFoundException} (also for
	 * someone else's enrolment), an {@link EnrolmentCompletedException}, an
	 * {@link EnrolmentWithdrawnException}, a {@link VersionNotNewerException} or a
	 * {@link CourseVersionNotFoundException}
	 */
	public Mono<Enrolment> moveToVersion(String learnerId, String enrolmentId, int version) {
		Mono<Enrolment> attempt = Mono.defer(() -> owned(learnerId, enrolmentId).flatMap((enrolment) -> {
			enrolment.ensureMovableTo(version);
			return this.courses.find(enrolment.courseId(), version)
				.switchIfEmpty(Mono.error(() -> new CourseVersionNotFoundException(enrolment.courseId(), version)))
				.flatMap((course) -> {
					Enrolment.Change change = enrolment.moveTo(course, now());
					return this.enrolments.update(change.enrolment(), change.events());
				});
		}));
		return attempt.onErrorResume(ConcurrentChangeException.class, (ex) -> attempt);
	}

	/**
	 * Records the certificate the certificate service issued for an enrolment. A repeat
	 * changes nothing. An enrolment not known here (yet) is an error, so that the
	 * announcement is retried rather than lost.
	 * @param enrolmentId the certified enrolment
	 * @param certificate the certificate
	 * @return {@code true} if it was recorded, {@code false} if the enrolment had a
	 * certificate already, or an {@link EnrolmentNotFoundException}
	 */
	public Mono<Boolean> recordCertificate(String enrolmentId, Certificate certificate) {
		return this.enrolments.certify(enrolmentId, certificate)
			.flatMap((recorded) -> recorded ? Mono.just(true)
					: this.enrolments.findById(enrolmentId)
						.map((existing) -> false)
						.switchIfEmpty(Mono.error(() -> new EnrolmentNotFoundException(enrolmentId))));
	}

	/**
	 * Records what became of an enrolment's certificate: suspended, reinstated, revoked,
	 * or issued again under a new code. A repeat changes nothing, and so does a change of
	 * a certificate the enrolment does not hold (its learner was erased).
	 * @param enrolmentId the enrolment
	 * @param certificateId the certificate
	 * @param change what became of it
	 * @return {@code true} if it was recorded
	 */
	public Mono<Boolean> recordCertificateChange(String enrolmentId, String certificateId,
			UnaryOperator<Certificate> change) {
		return this.enrolments.findById(enrolmentId)
			.filter((enrolment) -> enrolment.certificate() != null
					&& enrolment.certificate().certificateId().equals(certificateId))
			.flatMap((enrolment) -> this.enrolments.recertify(enrolmentId, change.apply(enrolment.certificate())))
			.defaultIfEmpty(false);
	}

	private Mono<Enrolment> owned(String learnerId, String enrolmentId) {
		return this.enrolments.findById(enrolmentId)
			.filter((enrolment) -> enrolment.isOwnedBy(learnerId))
			.switchIfEmpty(Mono.error(() -> new EnrolmentNotFoundException(enrolmentId)));
	}

	/**
	 * MongoDB keeps milliseconds; so does everything here, so that what a command returns
	 * equals what a later read returns.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * The outcome of completing a lesson, or a course by attendance.
	 *
	 * @param enrolment the enrolment afterwards
	 * @param firstTime {@code true} if this completed it, {@code false} if it was
	 * completed already and nothing changed
	 */
	public record Completion(Enrolment enrolment, boolean firstTime) {
	}

}
