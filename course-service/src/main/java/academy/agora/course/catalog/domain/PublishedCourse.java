package academy.agora.course.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.CourseVersion;
import academy.agora.course.authoring.domain.Lesson;
import academy.agora.course.authoring.domain.Module;
import academy.agora.course.authoring.domain.Quiz;

/**
 * A published version as readers get it.
 *
 * @param courseId the course
 * @param version the version
 */
public record PublishedCourse(String courseId, CourseVersion version) {

	public CourseContent content() {
		return this.version.content();
	}

	/**
	 * A lesson with what a reader needs around it.
	 * @param lessonId the lesson
	 * @return the lesson in its place, or empty if this version has no such lesson
	 */
	public Optional<LessonInPlace> lesson(String lessonId) {
		List<LessonInPlace> order = new ArrayList<>();
		for (Module module : content().modules()) {
			for (Lesson lesson : module.lessons()) {
				order.add(new LessonInPlace(module, lesson, null, null));
			}
		}
		for (int i = 0; i < order.size(); i++) {
			LessonInPlace found = order.get(i);
			if (found.lesson().id().equals(lessonId)) {
				String previous = (i > 0) ? order.get(i - 1).lesson().id() : null;
				String next = (i + 1 < order.size()) ? order.get(i + 1).lesson().id() : null;
				return Optional.of(new LessonInPlace(found.module(), found.lesson(), previous, next));
			}
		}
		return Optional.empty();
	}

	public Optional<QuizInPlace> quiz(String quizId) {
		for (Module module : content().modules()) {
			for (Quiz quiz : module.quizzes()) {
				if (quiz.id().equals(quizId)) {
					return Optional.of(new QuizInPlace(module, quiz));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A lesson, its module and its neighbours in reading order.
	 *
	 * @param module the module it is in
	 * @param lesson the lesson
	 * @param previousLessonId the lesson before it, across modules, or {@code null}
	 * @param nextLessonId the lesson after it, across modules, or {@code null}
	 */
	public record LessonInPlace(Module module, Lesson lesson, String previousLessonId, String nextLessonId) {

		/**
		 * The languages this lesson can be read in: those of the course it has text in.
		 * @param defaultLanguage the course's default language
		 * @return the tags, the default first
		 */
		public List<String> languages(String defaultLanguage) {
			List<String> languages = new ArrayList<>();
			languages.add(defaultLanguage);
			for (String language : this.lesson.content().languages()) {
				if (!languages.contains(language)) {
					languages.add(language);
				}
			}
			return languages;
		}

	}

	/**
	 * A quiz and its module.
	 *
	 * @param module the module it is in
	 * @param quiz the quiz
	 */
	public record QuizInPlace(Module module, Quiz quiz) {
	}

}
