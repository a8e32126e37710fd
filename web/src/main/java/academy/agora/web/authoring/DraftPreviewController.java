package academy.agora.web.authoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import academy.agora.web.learning.LessonHtml;
import academy.agora.web.relay.AuthoringApi;
import academy.agora.web.relay.AuthoringApi.EditableCourse;
import academy.agora.web.relay.Draft;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A lesson or quiz of the draft as the lesson reader and the quiz page will show it,
 * without enrolling and without publishing: the text in the language asked for (else the
 * default, as learners get it), rendered by course-service and cleaned as the reader
 * cleans it. Answers in a previewed quiz are not sent anywhere.
 */
@Controller
class DraftPreviewController {

	private final AuthoringApi authoring;

	DraftPreviewController(AuthoringApi authoring) {
		this.authoring = authoring;
	}

	@GetMapping("/authoring/{courseId}/preview/lessons/{lessonId}")
	Mono<Rendering> lesson(@PathVariable String courseId, @PathVariable String lessonId,
			@RequestParam(name = "in", required = false) String in, Locale locale) {
		return this.authoring.course(courseId).flatMap((course) -> {
			Draft draft = course.draft();
			Draft.Lesson lesson = CourseEditorController.lessonOf(draft, lessonId);
			String language = language(lesson.title(), lesson.content(), draft.defaultLanguage(), in, locale);
			String markdown = text(lesson.content(), language, draft.defaultLanguage());
			return this.authoring.preview(markdown)
				.map((html) -> page("authoring/preview-lesson", course, lessonId, language)
					.modelAttribute("lesson", lesson)
					.modelAttribute("lessonHtml", LessonHtml.clean(html))
					.modelAttribute("outdated", course.outdated(lessonId, language))
					.build());
		});
	}

	@GetMapping("/authoring/{courseId}/preview/quizzes/{quizId}")
	Mono<Rendering> quiz(@PathVariable String courseId, @PathVariable String quizId,
			@RequestParam(name = "in", required = false) String in, Locale locale) {
		return this.authoring.course(courseId).map((course) -> {
			Draft draft = course.draft();
			Draft.Quiz quiz = CourseEditorController.quizOf(draft, quizId);
			String language = language(draft.title(), Map.of(), draft.defaultLanguage(), in, locale);
			return page("authoring/preview-quiz", course, quizId, language).modelAttribute("quiz", quiz).build();
		});
	}

	private static Rendering.Builder<?> page(String view, EditableCourse course, String partId, String language) {
		Draft draft = course.draft();
		List<Draft.Step> steps = draft.steps();
		int at = 0;
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).id().equals(partId)) {
				at = i;
			}
		}
		return Rendering.view(view)
			.modelAttribute("course", course)
			.modelAttribute("draft", draft)
			.modelAttribute("def", draft.defaultLanguage())
			.modelAttribute("language", language)
			.modelAttribute("module", draft.moduleOf(partId).orElse(null))
			.modelAttribute("editPath",
					(draft.quiz(partId).isPresent() ? Part.QUIZ : Part.LESSON).path(course.id(), partId))
			.modelAttribute("position", at + 1)
			.modelAttribute("steps", steps.size())
			.modelAttribute("previous", (at > 0) ? steps.get(at - 1) : null)
			.modelAttribute("next", (at + 1 < steps.size()) ? steps.get(at + 1) : null);
	}

	/**
	 * The language a learner would read: the one asked for, else the page's, if the text
	 * has it; else the default.
	 */
	static String language(Map<String, String> title, Map<String, String> content, String defaultLanguage,
			String requested, Locale locale) {
		for (String wish : new String[] { requested, locale.toLanguageTag() }) {
			if (wish != null && (title.containsKey(wish) || content.containsKey(wish))) {
				return wish;
			}
		}
		return defaultLanguage;
	}

	static String text(Map<String, String> texts, String language, String defaultLanguage) {
		String text = texts.get(language);
		return (text != null) ? text : texts.getOrDefault(defaultLanguage, "");
	}

}
