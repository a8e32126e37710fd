package academy.agora.progress.enrolment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import academy.agora.progress.courses.domain.CourseVersions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What learners do: enrol, complete lessons and look at their progress.
 */
public class LearningProgress {

	private final Enrolments enrolments;

	private final CourseVersions courses;

	private final Clock clock;

	public LearningProgress(Enrolments enrolments, CourseVersions courses, Clock clock) {
		this.enrolments = enrolments;
		this.courses = courses;
		this.clock = clock;
	}

	/**
	 * Enrols a learner in the latest published version of a course known here.
	 * @param learner the learner
	 * @param courseId the course
	 * @return the new enrolment, a {@link CourseNotFoundException}, a
	 * {@link CourseRetiredException} or an {@link AlreadyEnrolledException}
	 */
	public Mono<Enrolment> enrol(Learner learner, String courseId) {
		return this.courses.findLatest(courseId)
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(courseId)))
			.filterWhen((course) -> this.courses.isRetired(courseId).map((retired) -> !retired))
			.switchIfEmpty(Mono.error(() -> new CourseRetiredException(courseId)))
			.flatMap((course) -> {
				Enrolment.Change change = Enrolment.enrol(UUID.randomUUID().toString(), learner, course, now());
				return this.enrolments.insert(change.enrolment(), change.events());
			});
	}

	/**
	 * An enrolment its learner, a coordinator or an admin may see. Anyone else is told it
	 * does not exist, so ids cannot be probed.
	 * @param viewer who is looking
	 * @param id the enrolment
	 * @return the enrolment or an {@link EnrolmentNotFoundException}
	 */
	public Mono<Enrolment> find(Viewer viewer, String id) {
		return this.enrolments.findById(id)
			.filter((enrolment) -> enrolment.isVisibleTo(viewer))
			.switchIfEmpty(Mono.error(() -> new EnrolmentNotFoundException(id)));
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
		return this.enrolments.findById(enrolmentId)
			.filter((enrolment) -> enrolment.isOwnedBy(learnerId))
			.switchIfEmpty(Mono.error(() -> new EnrolmentNotFoundException(enrolmentId)))
			.flatMap((enrolment) -> {
				Enrolment.Change change = enrolment.completeLesson(lessonId, now());
				if (!change.changed()) {
					return Mono.just(new Completion(enrolment, false));
				}
				return this.enrolments.update(change.enrolment(), change.events())
					.map((stored) -> new Completion(stored, true));
			});
	}

	/**
	 * MongoDB keeps milliseconds; so does everything here, so that what a command returns
	 * equals what a later read returns.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * The outcome of completing a lesson.
	 *
	 * @param enrolment the enrolment afterwards
	 * @param firstTime {@code true} if this completed the lesson, {@code false} if it was
	 * completed already and nothing changed
	 */
	public record Completion(Enrolment enrolment, boolean firstTime) {
	}

}
