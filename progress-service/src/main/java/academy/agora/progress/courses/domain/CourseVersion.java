package academy.agora.progress.courses.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import academy.agora.events.course.CoursePublished;

/**
 * One published, immutable version of a course, as far as progress needs it: its
 * structure, its quizzes with their answer keys, and what completes it. Lesson bodies
 * stay in the course service.
 *
 * @param courseId the course
 * @param version the published version
 * @param title the title in the default language
 * @param language BCP 47 tag of the default language
 * @param lessons its lessons in reading order across modules
 * @param publishedAt when it was published
 * @param titles the title by language tag, the default language included
 * @param languages the languages it is offered in, the default first
 * @param modules its modules in order; empty for a version published without them
 * @param quizzes its quizzes, with answer keys
 * @param completionRules what a learner must do to complete it
 * @param estimatedHours the estimated study time the author gave, printed on
 * certificates, or {@code null}
 * @param certificateApproval whether certificates for completing it wait for a
 * coordinator's approval; {@code false} for versions published before authors could ask
 */
public record CourseVersion(String courseId, int version, String title, String language, List<Lesson> lessons,
		Instant publishedAt, Map<String, String> titles, List<String> languages, List<Module> modules,
		List<Quiz> quizzes, CompletionRules completionRules, Integer estimatedHours, boolean certificateApproval) {

	public CourseVersion {
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(title, "title");
		lessons = List.copyOf(lessons);
		titles = (titles != null && !titles.isEmpty()) ? Map.copyOf(titles)
				: (language != null) ? Map.of(language, title) : Map.of();
		languages = (languages != null && !languages.isEmpty()) ? List.copyOf(languages)
				: (language != null) ? List.of(language) : List.of();
		modules = (modules != null) ? List.copyOf(modules) : List.of();
		quizzes = (quizzes != null) ? List.copyOf(quizzes) : List.of();
		completionRules = (completionRules != null) ? completionRules
				: new CompletionRules(lessons.stream().map(Lesson::id).toList(), List.of());
	}

	/**
	 * A version with lessons only, as the first producers published them: every lesson is
	 * required.
	 * @param courseId the course
	 * @param version the version
	 * @param title the title
	 * @param language the default language
	 * @param lessons the lessons in order
	 * @param publishedAt when it was published
	 */
	public CourseVersion(String courseId, int version, String title, String language, List<Lesson> lessons,
			Instant publishedAt) {
		this(courseId, version, title, language, lessons, publishedAt, null, null, null, null, null, null, false);
	}

	public static CourseVersion of(CoursePublished event) {
		return new CourseVersion(event.courseId(), event.version(), event.title(), event.language(),
				event.lessons()
					.stream()
					.map((lesson) -> new Lesson(lesson.lessonId(), lesson.title(), lesson.titles(), lesson.moduleId(),
							lesson.durationMinutes()))
					.toList(),
				event.publishedAt(), event.titles(), event.languages(),
				event.modules()
					.stream()
					.map((module) -> new Module(module.moduleId(), module.titles(), module.lessonIds(),
							module.quizIds()))
					.toList(),
				event.quizzes().stream().map(CourseVersion::quiz).toList(),
				new CompletionRules(event.completionRules().requiredLessonIds(),
						event.completionRules().requiredQuizIds()),
				event.estimatedHours(), event.requiresCertificateApproval());
	}

	private static Quiz quiz(CoursePublished.Quiz quiz) {
		return new Quiz(quiz.quizId(), quiz.titles(), quiz.passMark(), quiz.attemptLimit(), quiz.questions()
			.stream()
			.map((question) -> new Question(question.questionId(), question.type(), question.texts(), question.options()
				.stream()
				.map((option) -> new Option(option.optionId(), option.texts(), option.correct(), option.feedback()))
				.toList()))
			.toList());
	}

	/**
	 * The key of this version among all versions of all courses.
	 * @return {@code courseId:version}
	 */
	public String key() {
		return this.courseId + ":" + this.version;
	}

	public Optional<Quiz> quiz(String quizId) {
		return this.quizzes.stream().filter((quiz) -> quiz.id().equals(quizId)).findFirst();
	}

	/**
	 * A lesson of a published version.
	 *
	 * @param id stable across versions while the lesson exists
	 * @param title the lesson title in the default language
	 * @param titles the lesson title by language tag; may be empty
	 * @param moduleId the module it belongs to, or {@code null} for a version without
	 * modules
	 * @param durationMinutes the estimated reading time, if the author gave one
	 */
	public record Lesson(String id, String title, Map<String, String> titles, String moduleId,
			Integer durationMinutes) {

		public Lesson {
			Objects.requireNonNull(id, "id");
			titles = (titles != null) ? Map.copyOf(titles) : Map.of();
		}

		public Lesson(String id, String title) {
			this(id, title, null, null, null);
		}

	}

	/**
	 * A module and what it contains, in order.
	 *
	 * @param id the module
	 * @param titles its title by language tag
	 * @param lessonIds its lessons
	 * @param quizIds its quizzes
	 */
	public record Module(String id, Map<String, String> titles, List<String> lessonIds, List<String> quizIds) {

		public Module {
			Objects.requireNonNull(id, "id");
			titles = (titles != null) ? Map.copyOf(titles) : Map.of();
			lessonIds = (lessonIds != null) ? List.copyOf(lessonIds) : List.of();
			quizIds = (quizIds != null) ? List.copyOf(quizIds) : List.of();
		}

	}

	/**
	 * A quiz and its answer key.
	 *
	 * @param id the quiz
	 * @param titles its title by language tag
	 * @param passMark the score, in percent, that passes
	 * @param attemptLimit how many attempts a learner has, {@code null} for no limit
	 * @param questions its questions in order
	 */
	public record Quiz(String id, Map<String, String> titles, int passMark, Integer attemptLimit,
			List<Question> questions) {

		public Quiz {
			Objects.requireNonNull(id, "id");
			titles = (titles != null) ? Map.copyOf(titles) : Map.of();
			questions = (questions != null) ? List.copyOf(questions) : List.of();
		}

		/**
		 * Grades answers against the key. A question is answered correctly when exactly
		 * its correct options are chosen; a question left out, or answered with no
		 * option, is wrong. The score is the percentage of questions answered correctly,
		 * rounded down, so that only a perfect attempt scores 100.
		 * @param answers the chosen option ids by question id
		 * @return the grade of every question, in the quiz's order
		 * @throws InvalidAnswersException if the answers name a question the quiz does
		 * not have, or an option its question does not have
		 */
		public Grade grade(Map<String, ? extends Collection<String>> answers) {
			rejectUnknown(answers);
			List<Grade.QuestionGrade> graded = new ArrayList<>();
			for (Question question : this.questions) {
				Collection<String> given = answers.get(question.id());
				List<String> chosen = (given != null) ? List.copyOf(new LinkedHashSet<>(given)) : List.of();
				boolean correct = Set.copyOf(chosen).equals(Set.copyOf(question.correctOptionIds()));
				graded.add(new Grade.QuestionGrade(question.id(), chosen, correct));
			}
			long right = graded.stream().filter(Grade.QuestionGrade::correct).count();
			// A quiz without questions cannot be failed; the course service does not
			// publish one, but a zero divisor must not break grading.
			int score = this.questions.isEmpty() ? 100 : (int) (right * 100 / this.questions.size());
			return new Grade(this.id, score, graded);
		}

		public Optional<Question> question(String questionId) {
			return this.questions.stream().filter((question) -> question.id().equals(questionId)).findFirst();
		}

		private void rejectUnknown(Map<String, ? extends Collection<String>> answers) {
			List<String> unknownQuestions = new ArrayList<>();
			Map<String, List<String>> unknownOptions = new LinkedHashMap<>();
			answers.forEach((questionId, optionIds) -> question(questionId).ifPresentOrElse((question) -> {
				List<String> unknown = (optionIds != null) ? optionIds.stream()
					.filter((optionId) -> question.option(optionId).isEmpty())
					.distinct()
					.toList() : List.of();
				if (!unknown.isEmpty()) {
					unknownOptions.put(questionId, unknown);
				}
			}, () -> unknownQuestions.add(questionId)));
			if (!unknownQuestions.isEmpty() || !unknownOptions.isEmpty()) {
				throw new InvalidAnswersException(this.id, unknownQuestions, unknownOptions);
			}
		}

	}

	/**
	 * A question.
	 *
	 * @param id unique within its quiz
	 * @param type {@code SINGLE} or {@code MULTIPLE}; grading treats both alike
	 * @param texts the question by language tag
	 * @param options its options in order
	 */
	public record Question(String id, String type, Map<String, String> texts, List<Option> options) {

		public Question {
			Objects.requireNonNull(id, "id");
			texts = (texts != null) ? Map.copyOf(texts) : Map.of();
			options = (options != null) ? List.copyOf(options) : List.of();
		}

		public List<String> correctOptionIds() {
			return this.options.stream().filter(Option::correct).map(Option::id).toList();
		}

		public Optional<Option> option(String optionId) {
			return this.options.stream().filter((option) -> option.id().equals(optionId)).findFirst();
		}

	}

	/**
	 * An option of a question.
	 *
	 * @param id unique within its question
	 * @param texts the option by language tag
	 * @param correct whether choosing it is part of the right answer
	 * @param feedback what a learner who chose it is told, by language tag
	 */
	public record Option(String id, Map<String, String> texts, boolean correct, Map<String, String> feedback) {

		public Option {
			Objects.requireNonNull(id, "id");
			texts = (texts != null) ? Map.copyOf(texts) : Map.of();
			feedback = (feedback != null) ? Map.copyOf(feedback) : Map.of();
		}

	}

	/**
	 * What completes a version.
	 *
	 * @param requiredLessonIds lessons that must be completed
	 * @param requiredQuizIds quizzes that must be passed
	 */
	public record CompletionRules(List<String> requiredLessonIds, List<String> requiredQuizIds) {

		public CompletionRules {
			requiredLessonIds = (requiredLessonIds != null) ? List.copyOf(requiredLessonIds) : List.of();
			requiredQuizIds = (requiredQuizIds != null) ? List.copyOf(requiredQuizIds) : List.of();
		}

	}

}
