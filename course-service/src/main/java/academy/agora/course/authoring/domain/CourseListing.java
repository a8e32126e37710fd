package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the catalogue shows of a course: its latest version in brief. It is kept beside
 * the course so the catalogue never reads the versions themselves.
 *
 * @param courseId the course
 * @param version the latest published version
 * @param publishedAt when that version was published
 * @param defaultLanguage the version's default language
 * @param languages the languages it is offered in, the default first
 * @param title the title by language
 * @param summary the summary by language
 * @param topics topic slugs
 * @param estimatedHours the estimated study time, if known
 * @param lessonCount how many lessons it has
 * @param quizCount how many quizzes it has
 */
public record CourseListing(String courseId, int version, Instant publishedAt, String defaultLanguage,
		List<String> languages, LocalizedText title, LocalizedText summary, List<String> topics, Integer estimatedHours,
		int lessonCount, int quizCount) {

	static CourseListing of(String courseId, CourseVersion version) {
		CourseContent content = version.content();
		return new CourseListing(courseId, version.number(), version.publishedAt(), content.defaultLanguage(),
				content.languages(), content.title(), content.summary(), content.topics(), content.estimatedHours(),
				content.lessons().size(), content.quizzes().size());
	}

}
