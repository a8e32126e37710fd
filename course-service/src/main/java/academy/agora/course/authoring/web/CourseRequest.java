package academy.agora.course.authoring.web;

import java.util.List;
import java.util.Map;

import academy.agora.course.authoring.domain.CompletionRules;
import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.Lesson;
import academy.agora.course.authoring.domain.LocalizedText;
import academy.agora.course.authoring.domain.Module;
import academy.agora.course.authoring.domain.Option;
import academy.agora.course.authoring.domain.Question;
import academy.agora.course.authoring.domain.QuestionType;
import academy.agora.course.authoring.domain.Quiz;
import academy.agora.course.authoring.domain.Resource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A course as an author writes it, and as the sample course files are written. Every text
 * is an object of BCP 47 language tag to text. Limits here keep requests bounded; the
 * course's own rules (valid tags, unique ids, https links, what publishing needs) are the
 * domain's and are reported with the same field paths.
 *
 * @param defaultLanguage the language every text must have before publishing
 * @param title the course title
 * @param summary a short description for the catalogue
 * @param outcomes what a learner can do afterwards
 * @param topics topic slugs such as {@code citizens-assembly}
 * @param estimatedHours the estimated study time
 * @param modules the modules in order
 * @param completionRules what completes the course; absent means every lesson and quiz
 * @param certificateApproval {@code true} if certificates for completing the course wait
 * for a coordinator's approval; absent means {@code false}, issued on completion
 */
public record CourseRequest(@NotBlank @Size(max = 64) String defaultLanguage,
		@NotNull @Size(max = 50) Map<String, @Size(max = 300) String> title,
		@Size(max = 50) Map<String, @Size(max = 3000) String> summary,
		@Size(max = 50) List<@NotNull @Size(max = 50) Map<String, @Size(max = 1000) String>> outcomes,
		@Size(max = 20) List<@NotBlank @Size(max = 64) String> topics, Integer estimatedHours,
		@NotNull @Size(max = 100) List<@Valid @NotNull ModuleRequest> modules,
		@Valid CompletionRulesRequest completionRules, Boolean certificateApproval) {

	public CourseContent toContent() {
		return new CourseContent(this.defaultLanguage, localized(this.title), localized(this.summary),
				(this.outcomes != null) ? this.outcomes.stream().map(CourseRequest::localized).toList() : List.of(),
				this.topics, this.estimatedHours, this.modules.stream().map(ModuleRequest::toModule).toList(),
				(this.completionRules != null) ? this.completionRules.toRules() : null, this.certificateApproval);
	}

	static CourseRequest of(CourseContent content) {
		return new CourseRequest(content.defaultLanguage(), plain(content.title()), plain(content.summary()),
				content.outcomes().stream().map(CourseRequest::plain).toList(), content.topics(),
				content.estimatedHours(), content.modules().stream().map(ModuleRequest::of).toList(),
				(content.completionRules() != null) ? CompletionRulesRequest.of(content.completionRules()) : null,
				content.certificateApproval());
	}

	static LocalizedText localized(Map<String, String> values) {
		return new LocalizedText(values);
	}

	static Map<String, String> plain(LocalizedText text) {
		return text.values();
	}

	record ModuleRequest(@NotBlank @Size(max = 64) String id,
			@NotNull @Size(max = 50) Map<String, @Size(max = 300) String> title,
			@Size(max = 100) List<@Valid @NotNull LessonRequest> lessons,
			@Size(max = 50) List<@Valid @NotNull QuizRequest> quizzes) {

		Module toModule() {
			return new Module(this.id, localized(this.title),
					(this.lessons != null) ? this.lessons.stream().map(LessonRequest::toLesson).toList() : List.of(),
					(this.quizzes != null) ? this.quizzes.stream().map(QuizRequest::toQuiz).toList() : List.of());
		}

		static ModuleRequest of(Module module) {
			return new ModuleRequest(module.id(), plain(module.title()),
					module.lessons().stream().map(LessonRequest::of).toList(),
					module.quizzes().stream().map(QuizRequest::of).toList());
		}

	}

	record LessonRequest(@NotBlank @Size(max = 64) String id,
			@NotNull @Size(max = 50) Map<String, @Size(max = 300) String> title,
			@Size(max = 50) Map<String, @Size(max = 100_000) String> content, Integer durationMinutes,
			@Size(max = 2000) String videoUrl, @Size(max = 50) List<@Valid @NotNull ResourceRequest> resources) {

		Lesson toLesson() {
			return new Lesson(this.id, localized(this.title), localized(this.content), this.durationMinutes,
					this.videoUrl, (this.resources != null)
							? this.resources.stream().map(ResourceRequest::toResource).toList() : List.of(),
					null);
		}

		static LessonRequest of(Lesson lesson) {
			return new LessonRequest(lesson.id(), plain(lesson.title()), plain(lesson.content()),
					lesson.durationMinutes(), lesson.videoUrl(),
					lesson.resources().stream().map(ResourceRequest::of).toList());
		}

	}

	record ResourceRequest(@NotNull @Size(max = 50) Map<String, @Size(max = 300) String> title,
			@NotBlank @Size(max = 2000) String url) {

		Resource toResource() {
			return new Resource(localized(this.title), this.url);
		}

		static ResourceRequest of(Resource resource) {
			return new ResourceRequest(plain(resource.title()), resource.url());
		}

	}

	record QuizRequest(@NotBlank @Size(max = 64) String id,
			@NotNull @Size(max = 50) Map<String, @Size(max = 300) String> title, Integer passMark, Integer attemptLimit,
			@Size(max = 100) List<@Valid @NotNull QuestionRequest> questions) {

		Quiz toQuiz() {
			return new Quiz(this.id, localized(this.title), this.passMark, this.attemptLimit, (this.questions != null)
					? this.questions.stream().map(QuestionRequest::toQuestion).toList() : List.of());
		}

		static QuizRequest of(Quiz quiz) {
			return new QuizRequest(quiz.id(), plain(quiz.title()), quiz.passMark(), quiz.attemptLimit(),
					quiz.questions().stream().map(QuestionRequest::of).toList());
		}

	}

	record QuestionRequest(@NotBlank @Size(max = 64) String id, @NotNull QuestionType type,
			@NotNull @Size(max = 50) Map<String, @Size(max = 2000) String> text,
			@Size(max = 20) List<@Valid @NotNull OptionRequest> options) {

		Question toQuestion() {
			return new Question(this.id, this.type, localized(this.text),
					(this.options != null) ? this.options.stream().map(OptionRequest::toOption).toList() : List.of());
		}

		static QuestionRequest of(Question question) {
			return new QuestionRequest(question.id(), question.type(), plain(question.text()),
					question.options().stream().map(OptionRequest::of).toList());
		}

	}

	record OptionRequest(@NotBlank @Size(max = 64) String id,
			@NotNull @Size(max = 50) Map<String, @Size(max = 2000) String> text, Boolean correct,
			@Size(max = 50) Map<String, @Size(max = 2000) String> feedback) {

		Option toOption() {
			return new Option(this.id, localized(this.text), Boolean.TRUE.equals(this.correct),
					localized(this.feedback));
		}

		static OptionRequest of(Option option) {
			return new OptionRequest(option.id(), plain(option.text()), option.correct(), plain(option.feedback()));
		}

	}

	record CompletionRulesRequest(@Size(max = 500) List<@NotBlank String> requiredLessons,
			@Size(max = 200) List<@NotBlank String> requiredQuizzes) {

		CompletionRules toRules() {
			return new CompletionRules(this.requiredLessons, this.requiredQuizzes);
		}

		static CompletionRulesRequest of(CompletionRules rules) {
			return new CompletionRulesRequest(rules.requiredLessons(), rules.requiredQuizzes());
		}

	}

}
