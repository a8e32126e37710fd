package academy.agora.course.authoring.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an author writes: the part of a course that is drafted and then published.
 *
 * @param title the course title
 * @param summary a short description for the catalogue
 * @param language BCP 47 tag of the course language
 * @param lessons the lessons in order
 */
public record CourseContent(String title, String summary, String language, List<Lesson> lessons) {

	/** The languages our courses are written in. */
	public static final Set<String> LANGUAGES = Set.of("sq", "mk", "sr-Latn", "sr-Cyrl", "bs", "hr", "sl", "bg", "ro",
			"el", "tr", "lt", "en");

	public CourseContent {
		lessons = List.copyOf(lessons);
		if (!LANGUAGES.contains(language)) {
			throw new InvalidCourseException("Language '" + language + "' is not offered; use one of " + LANGUAGES);
		}
		Set<String> ids = new HashSet<>();
		for (Lesson lesson : lessons) {
			if (!ids.add(lesson.id())) {
				throw new InvalidCourseException("Lesson id '" + lesson.id() + "' is used twice");
			}
		}
	}

}
