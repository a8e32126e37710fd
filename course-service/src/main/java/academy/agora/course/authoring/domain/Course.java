package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;

import academy.agora.events.course.CoursePublished;

/**
 * A course and its publication history. The draft is edited freely; publishing freezes it
 * as the next version.
 *
 * @param id the course id
 * @param ownerId the author who created it
 * @param draft the content being edited
 * @param published the latest published content, or {@code null} before the first
 * publication
 * @param publishedVersion the latest published version, 0 before the first publication
 * @param publishedAt when the latest version was published
 * @param revision increases with every stored change; guards against lost updates
 */
public record Course(String id, String ownerId, CourseContent draft, CourseContent published, int publishedVersion,
		Instant publishedAt, long revision) {

	public static Course create(String id, String ownerId, CourseContent draft) {
		return new Course(id, ownerId, draft, null, 0, null, 0);
	}

	public boolean isEditableBy(Author author) {
		return author.admin() || this.ownerId.equals(author.id());
	}

	public Course replaceDraft(CourseContent content) {
		return new Course(this.id, this.ownerId, content, this.published, this.publishedVersion, this.publishedAt,
				this.revision);
	}

	/**
	 * Freezes the draft as the next version.
	 * @param now the publication time
	 * @return the course after publication and the event announcing it
	 */
	public Publication publish(Instant now) {
		if (this.draft.lessons().isEmpty()) {
			throw new InvalidCourseException("A course needs at least one lesson before it can be published");
		}
		int version = this.publishedVersion + 1;
		Course course = new Course(this.id, this.ownerId, this.draft, this.draft, version, now, this.revision);
		CoursePublished event = new CoursePublished(this.id, version, this.draft.title(), this.draft.language(),
				this.draft.lessons()
					.stream()
					.map((lesson) -> new CoursePublished.Lesson(lesson.id(), lesson.title()))
					.toList(),
				now);
		return new Publication(course, List.of(event));
	}

	public record Publication(Course course, List<CoursePublished> events) {
	}

}
