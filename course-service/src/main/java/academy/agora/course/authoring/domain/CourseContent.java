package academy.agora.course.authoring.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an author writes: the part of a course that is drafted and then published.
 *
 * @param defaultLanguage the BCP 47 tag every text must have before publication
 * @param title the course title by language
 * @param summary a short description for the catalogue, by language
 * @param outcomes what a learner can do afterwards, each by language
 * @param topics topic slugs, see {@link #KNOWN_TOPICS}
 * @param estimatedHours the estimated study time, if known
 * @param modules the modules in order
 * @param completionRules what completes the course, or {@code null} for every lesson and
 * every quiz
 * @param certificateApproval whether a certificate for completing this course is issued
 * only once a coordinator approves it; {@code false} issues it on completion. Never
 * {@code null}: a boxed type only so that drafts and versions stored before the setting
 * existed, which lack the field, read as {@code false} (the object mapper passes
 * {@code null} for a missing field, which a primitive cannot take)
 */
public record CourseContent(String defaultLanguage, LocalizedText title, LocalizedText summary,
		List<LocalizedText> outcomes, List<String> topics, Integer estimatedHours, List<Module> modules,
		CompletionRules completionRules, Boolean certificateApproval) {

	/**
	 * The topics the catalogue knows. Any slug is accepted, so a new topic needs no
	 * release; these are the ones clients can expect to have labels for.
	 */
	public static final List<String> KNOWN_TOPICS = List.of("citizens-assembly", "civic-lottery",
			"participatory-budgeting", "facilitation", "deliberation", "inclusion", "evaluation");

	public CourseContent {
		defaultLanguage = (defaultLanguage != null) ? LanguageTags.canonical(defaultLanguage).orElse(defaultLanguage)
				: null;
		title = (title != null) ? title : LocalizedText.empty();
		summary = (summary != null) ? summary : LocalizedText.empty();
		outcomes = (outcomes != null) ? List.copyOf(outcomes) : List.of();
		topics = (topics != null) ? List.copyOf(topics) : List.of();
		modules = (modules != null) ? List.copyOf(modules) : List.of();
		certificateApproval = Boolean.TRUE.equals(certificateApproval);
	}

	/**
	 * Every lesson in reading order, across modules.
	 * @return the lessons
	 */
	public List<Lesson> lessons() {
		return this.modules.stream().flatMap((module) -> module.lessons().stream()).toList();
	}

	public List<Quiz> quizzes() {
		return this.modules.stream().flatMap((module) -> module.quizzes().stream()).toList();
	}

	/**
	 * The languages the course is offered in: the default first, then every language its
	 * title is written in.
	 * @return the language tags
	 */
	public List<String> languages() {
		Set<String> languages = new LinkedHashSet<>();
		languages.add(this.defaultLanguage);
		languages.addAll(this.title.languages());
		return List.copyOf(languages);
	}

	/**
	 * The rules that apply: the author's, or else every lesson and every quiz.
	 * @return the completion rules
	 */
	public CompletionRules effectiveCompletionRules() {
		if (this.completionRules != null) {
			return this.completionRules;
		}
		return new CompletionRules(lessons().stream().map(Lesson::id).toList(),
				quizzes().stream().map(Quiz::id).toList());
	}

	/**
	 * Translations that are behind their default-language text.
	 * @return one entry per lesson and language
	 */
	public List<OutdatedTranslation> outdatedTranslations() {
		List<OutdatedTranslation> outdated = new ArrayList<>();
		for (Lesson lesson : lessons()) {
			for (String language : lesson.translations(this.defaultLanguage)) {
				if (lesson.isOutdated(language, this.defaultLanguage)) {
					outdated.add(new OutdatedTranslation(lesson.id(), language));
				}
			}
		}
		return outdated;
	}

	/**
	 * This content with its lessons' translation fingerprints carried over from the
	 * previous draft: see {@link Lesson#trackTranslations(Lesson, String)}.
	 * @param previous the draft before the edit, or {@code null} for a new course
	 * @return the content to store
	 */
	CourseContent trackTranslations(CourseContent previous) {
		List<Module> tracked = this.modules.stream()
			.map((module) -> new Module(module.id(), module.title(), module.lessons()
				.stream()
				.map((lesson) -> lesson.trackTranslations(previousLesson(previous, lesson.id()), this.defaultLanguage))
				.toList(), module.quizzes()))
			.toList();
		return new CourseContent(this.defaultLanguage, this.title, this.summary, this.outcomes, this.topics,
				this.estimatedHours, tracked, this.completionRules, this.certificateApproval);
	}

	private static Lesson previousLesson(CourseContent previous, String id) {
		if (previous == null) {
			return null;
		}
		return previous.lessons().stream().filter((lesson) -> lesson.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * A lesson translation that is behind the default-language text.
	 *
	 * @param lessonId the lesson
	 * @param language the translation's language
	 */
	public record OutdatedTranslation(String lessonId, String language) {
	}

}
