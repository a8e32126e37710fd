package academy.agora.events.course;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import academy.agora.events.Event;
import academy.agora.events.OptionalField;

/**
 * Emitted when an author publishes a course. Each publication is a new, immutable
 * {@code version}; learners who enrol afterwards follow that version. The event carries
 * the whole structure of the version, so other services work from it alone: modules,
 * lessons, quizzes with their answer keys (this topic is internal and never leaves the
 * platform), completion rules, and every title in every language. Lesson bodies stay in
 * the course service, which serves them to readers.
 *
 * @param courseId the course
 * @param version the published version, starting at 1 and growing by one per publication
 * @param title the course title in its default {@code language}
 * @param language BCP 47 tag of the course's default language, such as {@code sr-Latn}
 * @param lessons every lesson of the version, in reading order across modules
 * @param publishedAt when the author published
 * @param titles the course title by language tag, the default language included
 * @param modules the modules in order, naming their lessons and quizzes
 * @param quizzes every quiz of the version, with answer keys for grading
 * @param completionRules what a learner must do to complete this version
 * @param topics topic slugs such as {@code citizens-assembly}
 * @param estimatedHours the estimated study time, printed on certificates
 * @param languages the languages the version is offered in, the default first
 * @param certificateApproval {@code true} if certificates for completions of this version
 * are issued only once a coordinator approves them; {@code null} (older producers) or
 * {@code false} if they are issued automatically
 */
public record CoursePublished(String courseId, int version, String title, String language, List<Lesson> lessons,
		Instant publishedAt, @OptionalField Map<String, String> titles, @OptionalField List<Module> modules,
		@OptionalField List<Quiz> quizzes, @OptionalField CompletionRules completionRules,
		@OptionalField List<String> topics, @OptionalField Integer estimatedHours,
		@OptionalField List<String> languages, @OptionalField Boolean certificateApproval) implements Event {

	public CoursePublished {
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(lessons, "lessons");
		Objects.requireNonNull(publishedAt, "publishedAt");
		lessons = List.copyOf(lessons);
		titles = (titles != null) ? Map.copyOf(titles) : Map.of(language, title);
		modules = (modules != null) ? List.copyOf(modules) : List.of();
		quizzes = (quizzes != null) ? List.copyOf(quizzes) : List.of();
		completionRules = (completionRules != null) ? completionRules
				: new CompletionRules(lessons.stream().map(Lesson::lessonId).toList(), List.of());
		topics = (topics != null) ? List.copyOf(topics) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of(language);
	}

	/**
	 * The version 1.0 shape: a flat lesson list and nothing else.
	 * @param courseId the course
	 * @param version the version
	 * @param title the title in the default language
	 * @param language the default language
	 * @param lessons the lessons in order
	 * @param publishedAt when it was published
	 */
	public CoursePublished(String courseId, int version, String title, String language, List<Lesson> lessons,
			Instant publishedAt) {
		this(courseId, version, title, language, lessons, publishedAt, null, null, null, null, null, null, null, null);
	}

	/**
	 * The shape before {@code certificateApproval}: certificates are issued
	 * automatically.
	 * @param courseId the course
	 * @param version the version
	 * @param title the title in the default language
	 * @param language the default language
	 * @param lessons the lessons in order
	 * @param publishedAt when it was published
	 * @param titles the title by language tag
	 * @param modules the modules in order
	 * @param quizzes the quizzes with answer keys
	 * @param completionRules what completes the version
	 * @param topics topic slugs
	 * @param estimatedHours the estimated study time
	 * @param languages the languages it is offered in
	 */
	public CoursePublished(String courseId, int version, String title, String language, List<Lesson> lessons,
			Instant publishedAt, Map<String, String> titles, List<Module> modules, List<Quiz> quizzes,
			CompletionRules completionRules, List<String> topics, Integer estimatedHours, List<String> languages) {
		this(courseId, version, title, language, lessons, publishedAt, titles, modules, quizzes, completionRules,
				topics, estimatedHours, languages, null);
	}

	/**
	 * Whether certificates for completions of this version wait for a coordinator's
	 * approval.
	 * @return {@code true} only if the author asked for approval
	 */
	public boolean requiresCertificateApproval() {
		return Boolean.TRUE.equals(this.certificateApproval);
	}

	@Override
	public String key() {
		return this.courseId;
	}

	/**
	 * A lesson of a published version.
	 *
	 * @param lessonId stable across versions while the lesson exists
	 * @param title the lesson title in the default language
	 * @param titles the lesson title by language tag
	 * @param moduleId the module it belongs to
	 * @param durationMinutes the estimated reading time
	 */
	public record Lesson(String lessonId, String title, @OptionalField Map<String, String> titles,
			@OptionalField String moduleId, @OptionalField Integer durationMinutes) {

		public Lesson {
			titles = (titles != null) ? Map.copyOf(titles) : Map.of();
		}

		public Lesson(String lessonId, String title) {
			this(lessonId, title, null, null, null);
		}

	}

	/**
	 * A module and what it contains, in order.
	 *
	 * @param moduleId the module
	 * @param titles the module title by language tag
	 * @param lessonIds its lessons
	 * @param quizIds its quizzes
	 */
	public record Module(String moduleId, Map<String, String> titles, List<String> lessonIds, List<String> quizIds) {

		public Module {
			titles = Map.copyOf(titles);
			lessonIds = List.copyOf(lessonIds);
			quizIds = List.copyOf(quizIds);
		}

	}

	/**
	 * A quiz with what is needed to grade it.
	 *
	 * @param quizId the quiz
	 * @param titles the quiz title by language tag
	 * @param passMark the percentage of questions answered correctly needed to pass, 1 to
	 * 100
	 * @param attemptLimit how many attempts a learner has, or {@code null} for no limit
	 * @param questions the questions in order
	 */
	public record Quiz(String quizId, Map<String, String> titles, int passMark, Integer attemptLimit,
			List<Question> questions) {

		public Quiz {
			titles = Map.copyOf(titles);
			questions = List.copyOf(questions);
		}

	}

	/**
	 * A question. It is answered correctly when exactly the correct options are chosen.
	 *
	 * @param questionId unique within its quiz
	 * @param type {@code SINGLE} or {@code MULTIPLE}
	 * @param texts the question by language tag
	 * @param options the options in order
	 */
	public record Question(String questionId, String type, Map<String, String> texts, List<Option> options) {

		public Question {
			texts = Map.copyOf(texts);
			options = List.copyOf(options);
		}

	}

	/**
	 * An option of a question.
	 *
	 * @param optionId unique within its question
	 * @param texts the option by language tag
	 * @param correct whether choosing it is part of the right answer
	 * @param feedback what a learner who chose it is told, by language tag
	 */
	public record Option(String optionId, Map<String, String> texts, boolean correct, Map<String, String> feedback) {

		public Option {
			texts = Map.copyOf(texts);
			feedback = Map.copyOf(feedback);
		}

	}

	/**
	 * What completes the version.
	 *
	 * @param requiredLessonIds lessons that must be completed
	 * @param requiredQuizIds quizzes that must be passed
	 */
	public record CompletionRules(List<String> requiredLessonIds, List<String> requiredQuizIds) {

		public CompletionRules {
			requiredLessonIds = List.copyOf(requiredLessonIds);
			requiredQuizIds = List.copyOf(requiredQuizIds);
		}

	}

}
