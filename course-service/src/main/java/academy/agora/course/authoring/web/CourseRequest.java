package academy.agora.course.authoring.web;

import java.util.List;

import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.Lesson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A course draft as an author sends it. Lessons without an id get one, derived from their
 * position; an author keeps a lesson's id when editing so learners' progress stays
 * attached.
 */
record CourseRequest(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String summary,
		@NotBlank String language, @NotNull @Size(max = 200) List<@Valid @NotNull LessonRequest> lessons) {

	CourseContent toContent() {
		List<Lesson> converted = new java.util.ArrayList<>();
		for (int i = 0; i < this.lessons.size(); i++) {
			LessonRequest lesson = this.lessons.get(i);
			String id = (lesson.id() != null) ? lesson.id() : "lesson-" + (i + 1);
			converted.add(new Lesson(id, lesson.title().strip(), lesson.body()));
		}
		return new CourseContent(this.title.strip(), (this.summary != null) ? this.summary.strip() : "", this.language,
				converted);
	}

	record LessonRequest(
			@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}",
					message = "must be 1 to 64 lower-case letters, digits or hyphens") String id,
			@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100_000) String body) {
	}

}
