package academy.agora.course.authoring.web;

import java.time.Instant;
import java.util.List;

import academy.agora.course.authoring.domain.Course;
import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.CourseVersion;

/**
 * A course as its authors see it: the state of publication, the translations that are
 * behind, and the draft in exactly the shape it is sent in, so a client can edit
 * {@code draft} and send it back.
 *
 * @param id the course
 * @param ownerId who created it
 * @param coAuthors who else may edit it
 * @param revision the revision, also sent as the ETag
 * @param languages the languages the draft is offered in, the default first
 * @param publishedVersion the latest published version, 0 before the first
 * @param publishedAt when it was published
 * @param unpublishedChanges whether the draft differs from the latest version
 * @param retired whether it was taken out of the catalogue
 * @param retiredAt when
 * @param outdatedTranslations lesson translations behind their default-language text
 * @param draft the draft
 */
record CourseResponse(String id, String ownerId, List<String> coAuthors, long revision, List<String> languages,
		int publishedVersion, Instant publishedAt, boolean unpublishedChanges, boolean retired, Instant retiredAt,
		List<CourseContent.OutdatedTranslation> outdatedTranslations, CourseRequest draft) {

	static CourseResponse of(Course course) {
		CourseContent draft = course.draft();
		return new CourseResponse(course.id(), course.ownerId(), course.coAuthors(), course.revision(),
				draft.languages(), course.publishedVersion(),
				course.latest().map(CourseVersion::publishedAt).orElse(null), course.hasUnpublishedChanges(),
				course.isRetired(), course.retiredAt(), draft.outdatedTranslations(), CourseRequest.of(draft));
	}

}
