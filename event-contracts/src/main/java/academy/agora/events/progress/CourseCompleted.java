package academy.agora.events.progress;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted once per enrolment, when the learner has completed every lesson of the course
 * version they follow. It carries the learner's display name and the course title because
 * the certificate printed from it shows both, and the certificate service keeps no copy
 * of the course catalogue or the user directory.
 *
 * @param enrolmentId the enrolment; at most one certificate is issued per enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param learnerName the name to print on the certificate
 * @param courseId the course
 * @param courseVersion the version the learner completed
 * @param courseTitle the title of that version
 * @param completedAt when the last lesson was completed
 */
public record CourseCompleted(String enrolmentId, String learnerId, String learnerName, String courseId,
		int courseVersion, String courseTitle, Instant completedAt) implements Event {

	public CourseCompleted {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(learnerName, "learnerName");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(courseTitle, "courseTitle");
		Objects.requireNonNull(completedAt, "completedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
