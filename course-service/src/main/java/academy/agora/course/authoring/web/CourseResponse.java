package academy.agora.course.authoring.web;

import java.time.Instant;
import java.util.List;

import academy.agora.course.authoring.domain.Course;
import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.Lesson;

/**
 * A course as its author sees it: the draft and the state of publication.
 */
record CourseResponse(String id, String title, String summary, String language, List<Lesson> lessons,
		int publishedVersion, Instant publishedAt, boolean unpublishedChanges) {

	static CourseResponse of(Course course) {
		CourseContent draft = course.draft();
		return new CourseResponse(course.id(), draft.title(), draft.summary(), draft.language(), draft.lessons(),
				course.publishedVersion(), course.publishedAt(), !draft.equals(course.published()));
	}

}
