package academy.agora.events.course;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted when an author publishes a course. Each publication is a new, immutable
 * {@code version}; learners who enrol afterwards follow that version's lessons.
 *
 * @param courseId the course
 * @param version the published version, starting at 1 and growing by one per publication
 * @param title the course title in its {@code language}
 * @param language BCP 47 tag of the course's main language, such as {@code sr-Latn}
 * @param lessons the lessons in their order; completing all of them completes the course
 * @param publishedAt when the author published
 */
public record CoursePublished(String courseId, int version, String title, String language, List<Lesson> lessons,
		Instant publishedAt) implements Event {

	public CoursePublished {
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(lessons, "lessons");
		Objects.requireNonNull(publishedAt, "publishedAt");
		lessons = List.copyOf(lessons);
	}

	@Override
	public String key() {
		return this.courseId;
	}

	/**
	 * A lesson of a published version.
	 *
	 * @param lessonId stable across versions while the lesson exists
	 * @param title the lesson title
	 */
	public record Lesson(String lessonId, String title) {
	}

}
