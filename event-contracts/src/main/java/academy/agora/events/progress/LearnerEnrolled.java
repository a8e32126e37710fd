package academy.agora.events.progress;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when a learner enrols in a published course version.
 *
 * @param enrolmentId the enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param courseId the course
 * @param courseVersion the version whose lessons the learner follows
 * @param enrolledAt when the learner enrolled
 */
public record LearnerEnrolled(String enrolmentId, String learnerId, String courseId, int courseVersion,
		Instant enrolledAt) implements Event {

	public LearnerEnrolled {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(enrolledAt, "enrolledAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
