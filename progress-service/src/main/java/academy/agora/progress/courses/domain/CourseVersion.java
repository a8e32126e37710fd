package academy.agora.progress.courses.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import academy.agora.events.course.CoursePublished;

/**
 * One published, immutable version of a course, as far as progress needs it.
 *
 * @param courseId the course
 * @param version the published version
 * @param title the title of that version
 * @param language BCP 47 tag of its language
 * @param lessons its lessons in order
 * @param publishedAt when it was published
 */
public record CourseVersion(String courseId, int version, String title, String language, List<Lesson> lessons,
		Instant publishedAt) {

	public CourseVersion {
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(title, "title");
		lessons = List.copyOf(lessons);
	}

	public static CourseVersion of(CoursePublished event) {
		return new CourseVersion(event.courseId(), event.version(), event.title(), event.language(),
				event.lessons().stream().map((lesson) -> new Lesson(lesson.lessonId(), lesson.title())).toList(),
				event.publishedAt());
	}

	/**
	 * The key of this version among all versions of all courses.
	 * @return {@code courseId:version}
	 */
	public String key() {
		return this.courseId + ":" + this.version;
	}

	/**
	 * A lesson of a published version.
	 *
	 * @param id stable across versions while the lesson exists
	 * @param title the lesson title
	 */
	public record Lesson(String id, String title) {
	}

}
