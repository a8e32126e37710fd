package academy.agora.events.progress;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when a learner leaves a course they had not completed. Enrolling in the course
 * again later re-activates the same enrolment, keeping its progress.
 *
 * @param enrolmentId the enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param courseId the course
 * @param courseVersion the version the learner followed
 * @param withdrawnAt when the learner withdrew
 */
public record EnrolmentWithdrawn(String enrolmentId, String learnerId, String courseId, int courseVersion,
		Instant withdrawnAt) implements Event {

	public EnrolmentWithdrawn {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(withdrawnAt, "withdrawnAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
