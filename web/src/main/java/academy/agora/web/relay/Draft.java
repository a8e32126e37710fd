package academy.agora.web.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A course draft in exactly the shape course-service sends and takes back
 * ({@code CourseRequest} there): every text is a map of language tag to text. Editing
 * pages change one part and send the whole draft back, so nothing here may drop a field.
 *
 * @param defaultLanguage the language every text must have before publishing
 * @param title the title by language
 * @param summary the catalogue description by language
 * @param outcomes what a learner can do afterwards, each by language
 * @param topics topic slugs
 * @param estimatedHours the study time, if known
 * @param modules the modules in order
 * @param completionRules what completes the course, {@code null} for everything
 * @param certificateApproval whether certificates wait for a coordinator's approval
 */
public record Draft(String defaultLanguage, Map<String, String> title, Map<String, String> summary,
		List<Map<String, String>> outcomes, List<String> topics, Integer estimatedHours, List<Module> modules,
		CompletionRules completionRules, Boolean certificateApproval) {

	public Draft {
		title = texts(title);
		summary = texts(summary);
		outcomes = (outcomes != null) ? outcomes.stream().map(Draft::texts).toList() : List.of();
		topics = (topics != null) ? List.copyOf(topics) : List.of();
		modules = (modules != null) ? List.copyOf(modules) : List.of();
		certificateApproval = Boolean.TRUE.equals(certificateApproval);
	}

	/**
	 * A new course's first draft.
	 * @param defaultLanguage its default language
	 * @param title its title in that language
	 * @return the draft
	 */
	public static Draft start(String defaultLanguage, String title) {
		return new Draft(defaultLanguage, Map.of(defaultLanguage, title), Map.of(), List.of(), List.of(), null,
				List.of(), null, false);
	}

	public Optional<Module> module(String id) {
		return this.modules.stream().filter((module) -> module.id().equals(id)).findFirst();
	}

	public Optional<Lesson> lesson(String id) {
		return this.modules.stream()
			.flatMap((module) -> module.lessons().stream())
			.filter((l) -> l.id().equals(id))
			.findFirst();
	}

	public Optional<Quiz> quiz(String id) {
		return this.modules.stream()
			.flatMap((module) -> module.quizzes().stream())
			.filter((q) -> q.id().equals(id))
			.findFirst();
	}

	/**
	 * The module holding a lesson or quiz.
	 * @param partId the lesson's or quiz's id
	 * @return the module
	 */
	public Optional<Module> moduleOf(String partId) {
		return this.modules.stream()
			.filter((module) -> module.lessons().stream().anyMatch((lesson) -> lesson.id().equals(partId))
					|| module.quizzes().stream().anyMatch((quiz) -> quiz.id().equals(partId)))
			.findFirst();
	}

	/**
	 * Every id of a module, lesson or quiz, which a new one must not repeat.
	 * @return the ids
	 */
	public Set<String> partIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (Module module : this.modules) {
			ids.add(module.id());
			module.lessons().forEach((lesson) -> ids.add(lesson.id()));
			module.quizzes().forEach((quiz) -> ids.add(quiz.id()));
		}
		return ids;
	}

	/**
	 * The lessons and quizzes in the order a learner meets them: each module's lessons,
	 * then its quizzes.
	 * @return the steps
	 */
	public List<Step> steps() {
		List<Step> steps = new ArrayList<>();
		for (Module module : this.modules) {
			module.lessons().forEach((lesson) -> steps.add(new Step(lesson.id(), false, lesson.title())));
			module.quizzes().forEach((quiz) -> steps.add(new Step(quiz.id(), true, quiz.title())));
		}
		return steps;
	}

	public Draft withDetails(Map<String, String> title, Map<String, String> summary, List<Map<String, String>> outcomes,
			List<String> topics, Integer estimatedHours, boolean certificateApproval) {
		return new Draft(this.defaultLanguage, title, summary, outcomes, topics, estimatedHours, this.modules,
				this.completionRules, certificateApproval);
	}

	public Draft withModules(List<Module> modules, CompletionRules completionRules) {
		return new Draft(this.defaultLanguage, this.title, this.summary, this.outcomes, this.topics,
				this.estimatedHours, modules, completionRules, this.certificateApproval);
	}

	public Draft mapModules(UnaryOperator<Module> change) {
		return withModules(this.modules.stream().map(change).toList(), this.completionRules);
	}

	public Draft replaceModule(Module replacement) {
		return mapModules((module) -> module.id().equals(replacement.id()) ? replacement : module);
	}

	public Draft replaceLesson(Lesson replacement) {
		return mapModules((module) -> new Module(module.id(), module.title(),
				module.lessons().stream().map((l) -> l.id().equals(replacement.id()) ? replacement : l).toList(),
				module.quizzes()));
	}

	public Draft replaceQuiz(Quiz replacement) {
		return mapModules((module) -> new Module(module.id(), module.title(), module.lessons(),
				module.quizzes().stream().map((q) -> q.id().equals(replacement.id()) ? replacement : q).toList()));
	}

	public Draft addModule(Module added) {
		List<Module> modules = new ArrayList<>(this.modules);
		modules.add(added);
		return withModules(modules, this.completionRules);
	}

	/**
	 * Adds a lesson at the end of a module. Where the course names its required lessons,
	 * the new one is required too, as every lesson is where it names none.
	 */
	public Draft addLesson(String moduleId, Lesson added) {
		Draft draft = mapModules((module) -> {
			if (!module.id().equals(moduleId)) {
				return module;
			}
			List<Lesson> lessons = new ArrayList<>(module.lessons());
			lessons.add(added);
			return new Module(module.id(), module.title(), lessons, module.quizzes());
		});
		return draft.withModules(draft.modules(),
				(this.completionRules != null) ? this.completionRules.requireLesson(added.id()) : null);
	}

	public Draft addQuiz(String moduleId, Quiz added) {
		Draft draft = mapModules((module) -> {
			if (!module.id().equals(moduleId)) {
				return module;
			}
			List<Quiz> quizzes = new ArrayList<>(module.quizzes());
			quizzes.add(added);
			return new Module(module.id(), module.title(), module.lessons(), quizzes);
		});
		return draft.withModules(draft.modules(),
				(this.completionRules != null) ? this.completionRules.requireQuiz(added.id()) : null);
	}

	/**
	 * Removes a module, lesson or quiz, and its mention in the completion rules, which
	 * may only name what exists.
	 * @param id the part's id
	 * @return the draft without it
	 */
	public Draft remove(String id) {
		List<Module> modules = this.modules.stream()
			.filter((module) -> !module.id().equals(id))
			.map((module) -> new Module(module.id(), module.title(),
					module.lessons().stream().filter((lesson) -> !lesson.id().equals(id)).toList(),
					module.quizzes().stream().filter((quiz) -> !quiz.id().equals(id)).toList()))
			.toList();
		Draft draft = withModules(modules, null);
		Set<String> left = draft.partIds();
		return draft.withModules(modules, (this.completionRules != null) ? this.completionRules.keepOnly(left) : null);
	}

	/**
	 * Moves a module, or a lesson or quiz within its module, one place up or down.
	 * @param id the part's id
	 * @param by {@code -1} for up, {@code 1} for down
	 * @return the draft with the part moved, or unchanged at either end
	 */
	public Draft move(String id, int by) {
		List<Module> modules = new ArrayList<>(this.modules);
		if (moved(modules, (module) -> module.id().equals(id), by)) {
			return withModules(modules, this.completionRules);
		}
		return mapModules((module) -> {
			List<Lesson> lessons = new ArrayList<>(module.lessons());
			List<Quiz> quizzes = new ArrayList<>(module.quizzes());
			boolean changed = moved(lessons, (lesson) -> lesson.id().equals(id), by)
					|| moved(quizzes, (quiz) -> quiz.id().equals(id), by);
			return changed ? new Module(module.id(), module.title(), lessons, quizzes) : module;
		});
	}

	private static <T> boolean moved(List<T> items, java.util.function.Predicate<T> which, int by) {
		for (int i = 0; i < items.size(); i++) {
			if (which.test(items.get(i))) {
				int target = i + by;
				if (target >= 0 && target < items.size()) {
					T item = items.remove(i);
					items.add(target, item);
				}
				return true;
			}
		}
		return false;
	}

	static Map<String, String> texts(Map<String, String> texts) {
		return (texts != null) ? java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts)) : Map.of();
	}

	static <T> List<T> list(List<T> items) {
		return (items != null) ? List.copyOf(items) : List.of();
	}

	/**
	 * A lesson or quiz in the order learners meet them.
	 *
	 * @param id its id
	 * @param quiz whether it is a quiz
	 * @param title its title by language
	 */
	public record Step(String id, boolean quiz, Map<String, String> title) {
	}

	public record Module(String id, Map<String, String> title, List<Lesson> lessons, List<Quiz> quizzes) {

		public Module {
			title = texts(title);
			lessons = list(lessons);
			quizzes = list(quizzes);
		}

		public Module withTitle(Map<String, String> title) {
			return new Module(this.id, title, this.lessons, this.quizzes);
		}

	}

	public record Lesson(String id, Map<String, String> title, Map<String, String> content, Integer durationMinutes,
			String videoUrl, List<Resource> resources) {

		public Lesson {
			title = texts(title);
			content = texts(content);
			resources = list(resources);
		}

	}

	public record Resource(Map<String, String> title, String url) {

		public Resource {
			title = texts(title);
		}

	}

	public record Quiz(String id, Map<String, String> title, Integer passMark, Integer attemptLimit,
			List<Question> questions) {

		public Quiz {
			title = texts(title);
			questions = list(questions);
		}

	}

	/**
	 * A question.
	 *
	 * @param id unique within its quiz
	 * @param type {@code SINGLE} or {@code MULTIPLE}
	 * @param text the question by language
	 * @param options the options in order
	 */
	public record Question(String id, String type, Map<String, String> text, List<Option> options) {

		public Question {
			text = texts(text);
			options = list(options);
		}

		public boolean multiple() {
			return "MULTIPLE".equals(this.type);
		}

	}

	public record Option(String id, Map<String, String> text, Boolean correct, Map<String, String> feedback) {

		public Option {
			text = texts(text);
			correct = Boolean.TRUE.equals(correct);
			feedback = texts(feedback);
		}

	}

	public record CompletionRules(List<String> requiredLessons, List<String> requiredQuizzes) {

		public CompletionRules {
			requiredLessons = list(requiredLessons);
			requiredQuizzes = list(requiredQuizzes);
		}

		CompletionRules requireLesson(String id) {
			List<String> lessons = new ArrayList<>(this.requiredLessons);
			lessons.add(id);
			return new CompletionRules(lessons, this.requiredQuizzes);
		}

		CompletionRules requireQuiz(String id) {
			List<String> quizzes = new ArrayList<>(this.requiredQuizzes);
			quizzes.add(id);
			return new CompletionRules(this.requiredLessons, quizzes);
		}

		CompletionRules keepOnly(Set<String> ids) {
			return new CompletionRules(this.requiredLessons.stream().filter(ids::contains).toList(),
					this.requiredQuizzes.stream().filter(ids::contains).toList());
		}

	}

}
