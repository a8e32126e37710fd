package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import academy.agora.events.Event;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.progress.courses.domain.CourseVersion;

/**
 * A learner following one published version of a course. There is at most one per learner
 * and course.
 *
 * @param id the enrolment id
 * @param learnerId the learner's subject at the identity provider
 * @param learnerName the name printed on the certificate
 * @param municipality the municipality the learner works for, if known
 * @param courseId the course
 * @param courseVersion the version the learner follows
 * @param courseTitle the title of that version
 * @param lessons the lessons of that version, in order, with the learner's completions
 * @param status whether the course is completed
 * @param enrolledAt when the learner enrolled
 * @param completedAt when the last lesson was completed, {@code null} before
 * @param revision increases with every stored change; guards against lost updates
 */
public record Enrolment(String id, String learnerId, String learnerName, String municipality, String courseId,
		int courseVersion, String courseTitle, List<LessonProgress> lessons, Status status, Instant enrolledAt,
		Instant completedAt, long revision) {

	public Enrolment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(status, "status");
		lessons = List.copyOf(lessons);
	}

	/**
	 * Enrols a learner in a published course version.
	 * @param id the new enrolment's id
	 * @param learner the learner
	 * @param course the version to follow
	 * @param now the time of enrolment
	 * @return the enrolment and the {@link LearnerEnrolled} event
	 */
	public static Change enrol(String id, Learner learner, CourseVersion course, Instant now) {
		List<LessonProgress> lessons = course.lessons()
			.stream()
			.map((lesson) -> new LessonProgress(lesson.id(), lesson.title(), null))
			.toList();
		Enrolment enrolment = new Enrolment(id, learner.id(), learner.name(), learner.municipality(), course.courseId(),
				course.version(), course.title(), lessons, Status.IN_PROGRESS, now, null, 0);
		return new Change(enrolment,
				List.of(new LearnerEnrolled(id, learner.id(), course.courseId(), course.version(), now)));
	}

	public boolean isOwnedBy(String learnerId) {
		return this.learnerId.equals(learnerId);
	}

	public boolean isVisibleTo(Viewer viewer) {
		return viewer.staff() || isOwnedBy(viewer.id());
	}

	/**
	 * Completes a lesson. The first completion is recorded and announced with
	 * {@link LessonCompleted}; completing the last open lesson also completes the course
	 * and announces {@link CourseCompleted}. Completing a lesson again changes nothing
	 * and announces nothing.
	 * @param lessonId the lesson
	 * @param now the time of completion
	 * @return the enrolment afterwards and the events, none for a repeat
	 * @throws LessonNotFoundException if the enrolled version has no such lesson
	 */
	public Change completeLesson(String lessonId, Instant now) {
		int index = indexOf(lessonId);
		if (this.lessons.get(index).completed()) {
			return new Change(this, List.of());
		}
		List<LessonProgress> completed = new ArrayList<>(this.lessons);
		completed.set(index, this.lessons.get(index).complete(now));
		List<Event> events = new ArrayList<>();
		events.add(new LessonCompleted(this.id, this.learnerId, this.courseId, this.courseVersion, lessonId, now));
		boolean courseCompleted = completed.stream().allMatch(LessonProgress::completed);
		if (courseCompleted) {
			events.add(new CourseCompleted(this.id, this.learnerId, this.learnerName, this.courseId, this.courseVersion,
					this.courseTitle, now));
		}
		Enrolment next = new Enrolment(this.id, this.learnerId, this.learnerName, this.municipality, this.courseId,
				this.courseVersion, this.courseTitle, completed, courseCompleted ? Status.COMPLETED : this.status,
				this.enrolledAt, courseCompleted ? now : this.completedAt, this.revision);
		return new Change(next, List.copyOf(events));
	}

	public int completedLessons() {
		return (int) this.lessons.stream().filter(LessonProgress::completed).count();
	}

	public int totalLessons() {
		return this.lessons.size();
	}

	/**
	 * Progress in whole percent, rounded down so that 100 means every lesson is done.
	 * @return 0 to 100
	 */
	public int percentComplete() {
		return (totalLessons() != 0) ? completedLessons() * 100 / totalLessons() : 0;
	}

	/**
	 * This enrolment as stored at a new revision.
	 * @param revision the revision
	 * @return the same state at that revision
	 */
	public Enrolment withRevision(long revision) {
		return new Enrolment(this.id, this.learnerId, this.learnerName, this.municipality, this.courseId,
				this.courseVersion, this.courseTitle, this.lessons, this.status, this.enrolledAt, this.completedAt,
				revision);
	}

	private int indexOf(String lessonId) {
		for (int i = 0; i < this.lessons.size(); i++) {
			if (this.lessons.get(i).lessonId().equals(lessonId)) {
				return i;
			}
		}
		throw new LessonNotFoundException(this.courseId, this.courseVersion, lessonId);
	}

	/**
	 * Where an enrolment stands.
	 */
	public enum Status {

		/** Some lessons are still open. */
		IN_PROGRESS,

		/** Every lesson is completed. */
		COMPLETED

	}

	/**
	 * An enrolment after a command, and the events the command caused.
	 *
	 * @param enrolment the enrolment afterwards
	 * @param events what happened; empty when nothing changed
	 */
	public record Change(Enrolment enrolment, List<Event> events) {

		public Change {
			events = List.copyOf(events);
		}

		public boolean changed() {
			return !this.events.isEmpty();
		}

	}

}
