package academy.agora.events.progress;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted the first time a learner completes a lesson of an enrolment; completing it
 * again emits nothing.
 *
 * @param enrolmentId the enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param courseId the course
 * @param courseVersion the version the learner follows
 * @param lessonId the lesson
 * @param completedAt when the learner completed it
 */
public record LessonCompleted(String enrolmentId, String learnerId, String courseId, int courseVersion, String lessonId,
		Instant completedAt) implements Event {

	public LessonCompleted {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(lessonId, "lessonId");
		Objects.requireNonNull(completedAt, "completedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
