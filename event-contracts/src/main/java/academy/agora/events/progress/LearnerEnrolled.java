package academy.agora.events.progress;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;
import academy.agora.events.OptionalField;

/**
 * Emitted when a learner enrols in a published course version, on their own or by joining
 * a cohort. Attaching an existing enrolment to a cohort later emits nothing.
 *
 * @param enrolmentId the enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param courseId the course
 * @param courseVersion the version whose lessons the learner follows
 * @param enrolledAt when the learner enrolled
 * @param cohortId the cohort the learner joined to enrol, or {@code null} for a
 * self-paced enrolment and from older producers
 */
public record LearnerEnrolled(String enrolmentId, String learnerId, String courseId, int courseVersion,
		Instant enrolledAt, @OptionalField String cohortId) implements Event {

	public LearnerEnrolled {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(enrolledAt, "enrolledAt");
	}

	/**
	 * A self-paced enrolment: the version 1.0 shape.
	 * @param enrolmentId the enrolment
	 * @param learnerId the learner
	 * @param courseId the course
	 * @param courseVersion the version
	 * @param enrolledAt when the learner enrolled
	 */
	public LearnerEnrolled(String enrolmentId, String learnerId, String courseId, int courseVersion,
			Instant enrolledAt) {
		this(enrolmentId, learnerId, courseId, courseVersion, enrolledAt, null);
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
