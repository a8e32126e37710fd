package academy.agora.events.course;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when an author retires a course: it leaves the catalogue and takes no new
 * enrolments. Learners already enrolled keep access to the version they follow.
 *
 * @param courseId the course
 * @param lastVersion the last published version
 * @param retiredAt when it was retired
 */
public record CourseRetired(String courseId, int lastVersion, Instant retiredAt) implements Event {

	public CourseRetired {
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(retiredAt, "retiredAt");
	}

	@Override
	public String key() {
		return this.courseId;
	}

}
