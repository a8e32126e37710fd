package academy.agora.course.catalog.web;

import java.util.List;

import academy.agora.course.authoring.domain.ContentNotFoundException;
import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.Lesson;
import academy.agora.course.authoring.domain.QuestionType;
import academy.agora.course.authoring.domain.Quiz;
import academy.agora.course.catalog.domain.Catalog;
import academy.agora.course.catalog.domain.PublishedCourse;
import academy.agora.course.catalog.domain.ReaderLanguage;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lessons and quizzes of a published version, for anyone signed in, also after the course
 * was retired: learners keep reading the version they enrolled in. Lesson Markdown
 * arrives as sanitised HTML; quizzes arrive without answer keys, which only the grading
 * service holds.
 */
@RestController
@RequestMapping("/api/courses/{id}/versions/{version}")
class ReadingController {

	private final Catalog catalog;

	ReadingController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/lessons/{lessonId}")
	Mono<ResponseEntity<LessonResponse>> lesson(JwtAuthenticationToken token, @PathVariable String id,
			@PathVariable int version, @PathVariable String lessonId,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ReaderLanguage reader = Readers.language(null, acceptLanguage, token);
		return this.catalog.version(id, version).map((course) -> {
			PublishedCourse.LessonInPlace found = course.lesson(lessonId)
				.orElseThrow(() -> new ContentNotFoundException("lesson",
						"Version " + version + " of course " + id + " has no lesson " + lessonId));
			LessonResponse response = LessonResponse.of(course, found, reader);
			return Readers.inLanguage(response.language(), response);
		});
	}

	@GetMapping("/quizzes/{quizId}")
	Mono<ResponseEntity<QuizResponse>> quiz(JwtAuthenticationToken token, @PathVariable String id,
			@PathVariable int version, @PathVariable String quizId,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ReaderLanguage reader = Readers.language(null, acceptLanguage, token);
		return this.catalog.version(id, version).map((course) -> {
			PublishedCourse.QuizInPlace found = course.quiz(quizId)
				.orElseThrow(() -> new ContentNotFoundException("quiz",
						"Version " + version + " of course " + id + " has no quiz " + quizId));
			QuizResponse response = QuizResponse.of(course, found, reader);
			return Readers.inLanguage(response.language(), response);
		});
	}

	/**
	 * A lesson to read.
	 *
	 * @param courseId the course
	 * @param version the version
	 * @param id the lesson
	 * @param moduleId its module
	 * @param language the language of title and text
	 * @param outdated whether this translation is behind the default-language text
	 * @param title the title
	 * @param html the text as sanitised HTML
	 * @param videoUrl a video, if any
	 * @param resources links for further reading
	 * @param durationMinutes the estimated reading time
	 * @param previousLessonId the lesson before, across modules, or {@code null}
	 * @param nextLessonId the lesson after, across modules, or {@code null}
	 */
	record LessonResponse(String courseId, int version, String id, String moduleId, String language, boolean outdated,
			String title, String html, String videoUrl, List<ResourceResponse> resources, Integer durationMinutes,
			String previousLessonId, String nextLessonId) {

		static LessonResponse of(PublishedCourse course, PublishedCourse.LessonInPlace found, ReaderLanguage reader) {
			String fallback = course.content().defaultLanguage();
			Lesson lesson = found.lesson();
			String language = reader.choose(found.languages(fallback), fallback);
			return new LessonResponse(course.courseId(), course.version().number(), lesson.id(), found.module().id(),
					language, lesson.isOutdated(language, fallback), lesson.title().in(language, fallback),
					LessonHtml.render(lesson.content().in(language, fallback)), lesson.videoUrl(),
					lesson.resources()
						.stream()
						.map((resource) -> new ResourceResponse(resource.title().in(language, fallback),
								resource.url()))
						.toList(),
					lesson.durationMinutes(), found.previousLessonId(), found.nextLessonId());
		}

	}

	record ResourceResponse(String title, String url) {
	}

	/**
	 * A quiz to take, without its answer keys.
	 *
	 * @param courseId the course
	 * @param version the version
	 * @param id the quiz
	 * @param moduleId its module
	 * @param language the language of its texts
	 * @param title the title
	 * @param passMark the percentage needed to pass
	 * @param attemptLimit how many attempts there are, or {@code null} for no limit
	 * @param questions the questions in order
	 */
	record QuizResponse(String courseId, int version, String id, String moduleId, String language, String title,
			Integer passMark, Integer attemptLimit, List<QuestionResponse> questions) {

		static QuizResponse of(PublishedCourse course, PublishedCourse.QuizInPlace found, ReaderLanguage reader) {
			CourseContent content = course.content();
			String fallback = content.defaultLanguage();
			String language = reader.choose(content.languages(), fallback);
			Quiz quiz = found.quiz();
			return new QuizResponse(course.courseId(), course.version().number(), quiz.id(), found.module().id(),
					language, quiz.title().in(language, fallback), quiz.passMark(), quiz.attemptLimit(),
					quiz.questions()
						.stream()
						.map((question) -> new QuestionResponse(question.id(), question.type(),
								question.text().in(language, fallback),
								question.options()
									.stream()
									.map((option) -> new OptionResponse(option.id(),
											option.text().in(language, fallback)))
									.toList()))
						.toList());
		}

	}

	record QuestionResponse(String id, QuestionType type, String text, List<OptionResponse> options) {
	}

	/**
	 * An option, deliberately without whether it is correct or its feedback.
	 *
	 * @param id the option
	 * @param text its text
	 */
	record OptionResponse(String id, String text) {
	}

}
