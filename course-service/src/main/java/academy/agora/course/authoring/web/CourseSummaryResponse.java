package academy.agora.course.authoring.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import academy.agora.course.authoring.domain.CourseSummary;

/**
 * A course in an author's list.
 *
 * @param id the course
 * @param ownerId who created it
 * @param coAuthors who else may edit it
 * @param defaultLanguage the draft's default language
 * @param title the draft's title by language
 * @param revision the revision, the ETag of the course
 * @param publishedVersion the latest published version, 0 before the first
 * @param publishedAt when it was published
 * @param retired whether it was taken out of the catalogue
 */
record CourseSummaryResponse(String id, String ownerId, List<String> coAuthors, String defaultLanguage,
		Map<String, String> title, long revision, int publishedVersion, Instant publishedAt, boolean retired) {

	static CourseSummaryResponse of(CourseSummary course) {
		return new CourseSummaryResponse(course.id(), course.ownerId(), course.coAuthors(), course.defaultLanguage(),
				course.title().values(), course.revision(), course.publishedVersion(), course.publishedAt(),
				course.retiredAt() != null);
	}

}
