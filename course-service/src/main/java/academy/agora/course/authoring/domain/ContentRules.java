package academy.agora.course.authoring.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a course's content must keep. A draft may be unfinished but never malformed;
 * a version must also be complete. Every broken rule is reported with the path of its
 * field, so an author can fix all of them at once.
 */
final class ContentRules {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	static final Pattern TOPIC = Pattern.compile("[a-z0-9-]+");

	private ContentRules() {
	}

	/**
	 * What every draft must keep: valid language tags, well-formed and unique ids, https
	 * links, no script in lesson text.
	 * @param content the draft
	 * @return the broken rules, empty if none
	 */
	static List<Violation> draft(CourseContent content) {
		List<Violation> violations = new ArrayList<>();
		if (!LanguageTags.isValid(content.defaultLanguage())) {
			violations.add(new Violation("defaultLanguage", notATag(content.defaultLanguage())));
		}
		tags(violations, "title", content.title());
		tags(violations, "summary", content.summary());
		for (int i = 0; i < content.outcomes().size(); i++) {
			tags(violations, "outcomes[" + i + "]", content.outcomes().get(i));
		}
		for (int i = 0; i < content.topics().size(); i++) {
			String topic = content.topics().get(i);
			if (topic == null || !TOPIC.matcher(topic).matches()) {
				violations.add(new Violation("topics[" + i + "]", "must be a slug of lower-case letters, digits and"
						+ " hyphens, such as one of " + CourseContent.KNOWN_TOPICS));
			}
		}
		if (content.estimatedHours() != null && (content.estimatedHours() < 0 || content.estimatedHours() > 1000)) {
			violations.add(new Violation("estimatedHours", "must be between 0 and 1000"));
		}
		Set<String> modules = new HashSet<>();
		Set<String> lessons = new HashSet<>();
		Set<String> quizzes = new HashSet<>();
		for (int m = 0; m < content.modules().size(); m++) {
			Module module = content.modules().get(m);
			String path = "modules[" + m + "]";
			id(violations, path, module.id(), modules, "module");
			tags(violations, path + ".title", module.title());
			for (int l = 0; l < module.lessons().size(); l++) {
				lesson(violations, path + ".lessons[" + l + "]", module.lessons().get(l), lessons);
			}
			for (int q = 0; q < module.quizzes().size(); q++) {
				quiz(violations, path + ".quizzes[" + q + "]", module.quizzes().get(q), quizzes);
			}
		}
		return violations;
	}

	private static void lesson(List<Violation> violations, String path, Lesson lesson, Set<String> ids) {
		id(violations, path, lesson.id(), ids, "lesson");
		tags(violations, path + ".title", lesson.title());
		tags(violations, path + ".content", lesson.content());
		lesson.content().values().forEach((language, text) -> {
			// Rendering sanitises anyway; refusing it here tells the author at once that
			// lessons cannot run code, rather than silently dropping what they wrote.
			if (text.toLowerCase(Locale.ROOT).contains("<script")) {
				violations.add(new Violation(path + ".content",
						"must not contain <script> (in '" + language + "'); lessons are Markdown"));
			}
		});
		if (lesson.durationMinutes() != null && (lesson.durationMinutes() < 1 || lesson.durationMinutes() > 1440)) {
			violations.add(new Violation(path + ".durationMinutes", "must be between 1 and 1440"));
		}
		if (lesson.videoUrl() != null && !isHttps(lesson.videoUrl())) {
			violations.add(new Violation(path + ".videoUrl", "must be an https URL"));
		}
		for (int r = 0; r < lesson.resources().size(); r++) {
			Resource resource = lesson.resources().get(r);
			tags(violations, path + ".resources[" + r + "].title", resource.title());
			if (!isHttps(resource.url())) {
				violations.add(new Violation(path + ".resources[" + r + "].url", "must be an https URL"));
			}
		}
	}

	private static void quiz(List<Violation> violations, String path, Quiz quiz, Set<String> ids) {
		id(violations, path, quiz.id(), ids, "quiz");
		tags(violations, path + ".title", quiz.title());
		if (quiz.attemptLimit() != null && quiz.attemptLimit() < 1) {
			violations.add(new Violation(path + ".attemptLimit", "must be at least 1, or absent for no limit"));
		}
		Set<String> questions = new HashSet<>();
		for (int q = 0; q < quiz.questions().size(); q++) {
			Question question = quiz.questions().get(q);
			String questionPath = path + ".questions[" + q + "]";
			id(violations, questionPath, question.id(), questions, "question");
			tags(violations, questionPath + ".text", question.text());
			Set<String> options = new HashSet<>();
			for (int o = 0; o < question.options().size(); o++) {
				Option option = question.options().get(o);
				String optionPath = questionPath + ".options[" + o + "]";
				id(violations, optionPath, option.id(), options, "option");
				tags(violations, optionPath + ".text", option.text());
				tags(violations, optionPath + ".feedback", option.feedback());
			}
		}
	}

	/**
	 * What a version must also keep: something to learn, gradable quizzes, completion
	 * rules that name what exists, and every text in the default language.
	 * @param content the draft to publish
	 * @return the broken rules, empty if none
	 */
	static List<Violation> publication(CourseContent content) {
		List<Violation> violations = new ArrayList<>(draft(content));
		String language = content.defaultLanguage();
		if (content.lessons().isEmpty()) {
			violations.add(new Violation("modules", "a course needs at least one lesson before it can be published"));
		}
		required(violations, "title", content.title(), language);
		optional(violations, "summary", content.summary(), language);
		for (int i = 0; i < content.outcomes().size(); i++) {
			required(violations, "outcomes[" + i + "]", content.outcomes().get(i), language);
		}
		for (int m = 0; m < content.modules().size(); m++) {
			Module module = content.modules().get(m);
			String path = "modules[" + m + "]";
			required(violations, path + ".title", module.title(), language);
			for (int l = 0; l < module.lessons().size(); l++) {
				Lesson lesson = module.lessons().get(l);
				String lessonPath = path + ".lessons[" + l + "]";
				required(violations, lessonPath + ".title", lesson.title(), language);
				required(violations, lessonPath + ".content", lesson.content(), language);
				for (int r = 0; r < lesson.resources().size(); r++) {
					required(violations, lessonPath + ".resources[" + r + "].title", lesson.resources().get(r).title(),
							language);
				}
			}
			for (int q = 0; q < module.quizzes().size(); q++) {
				completeQuiz(violations, path + ".quizzes[" + q + "]", module.quizzes().get(q), language);
			}
		}
		if (content.completionRules() != null) {
			Set<String> lessons = new HashSet<>(content.lessons().stream().map(Lesson::id).toList());
			Set<String> quizzes = new HashSet<>(content.quizzes().stream().map(Quiz::id).toList());
			List<String> requiredLessons = content.completionRules().requiredLessons();
			for (int i = 0; i < requiredLessons.size(); i++) {
				if (!lessons.contains(requiredLessons.get(i))) {
					violations.add(new Violation("completionRules.requiredLessons[" + i + "]",
							"there is no lesson '" + requiredLessons.get(i) + "' in this course"));
				}
			}
			List<String> requiredQuizzes = content.completionRules().requiredQuizzes();
			for (int i = 0; i < requiredQuizzes.size(); i++) {
				if (!quizzes.contains(requiredQuizzes.get(i))) {
					violations.add(new Violation("completionRules.requiredQuizzes[" + i + "]",
							"there is no quiz '" + requiredQuizzes.get(i) + "' in this course"));
				}
			}
		}
		return violations;
	}

	private static void completeQuiz(List<Violation> violations, String path, Quiz quiz, String language) {
		required(violations, path + ".title", quiz.title(), language);
		if (quiz.passMark() == null || quiz.passMark() < 1 || quiz.passMark() > 100) {
			violations.add(new Violation(path + ".passMark", "must be between 1 and 100"));
		}
		if (quiz.questions().isEmpty()) {
			violations.add(new Violation(path + ".questions", "a quiz needs at least one question"));
		}
		for (int q = 0; q < quiz.questions().size(); q++) {
			Question question = quiz.questions().get(q);
			String questionPath = path + ".questions[" + q + "]";
			required(violations, questionPath + ".text", question.text(), language);
			if (question.options().size() < 2) {
				violations.add(new Violation(questionPath + ".options", "a question needs at least two options"));
			}
			long correct = question.correctOptions();
			if (question.type() == QuestionType.SINGLE && correct != 1) {
				violations.add(new Violation(questionPath,
						"a SINGLE choice question needs exactly one correct option, not " + correct));
			}
			if (question.type() == QuestionType.MULTIPLE && correct < 1) {
				violations.add(new Violation(questionPath, "a MULTIPLE choice question needs a correct option"));
			}
			for (int o = 0; o < question.options().size(); o++) {
				Option option = question.options().get(o);
				String optionPath = questionPath + ".options[" + o + "]";
				required(violations, optionPath + ".text", option.text(), language);
				optional(violations, optionPath + ".feedback", option.feedback(), language);
			}
		}
	}

	private static void required(List<Violation> violations, String path, LocalizedText text, String language) {
		if (!text.has(language)) {
			violations.add(new Violation(path, "needs a text in the default language '" + language + "'"));
		}
	}

	/** A text that may be left out, but once written needs its default-language text. */
	private static void optional(List<Violation> violations, String path, LocalizedText text, String language) {
		if (!text.isEmpty()) {
			required(violations, path, text, language);
		}
	}

	private static void tags(List<Violation> violations, String path, LocalizedText text) {
		for (String tag : text.languages()) {
			if (!LanguageTags.isValid(tag)) {
				violations.add(new Violation(path, notATag(tag)));
			}
		}
	}

	private static void id(List<Violation> violations, String path, String id, Set<String> seen, String kind) {
		if (id == null || !ID.matcher(id).matches()) {
			violations.add(new Violation(path + ".id", "must be 1 to 64 lower-case letters, digits or hyphens"));
		}
		else if (!seen.add(id)) {
			violations.add(new Violation(path + ".id", "the " + kind + " id '" + id + "' is used twice"));
		}
	}

	private static boolean isHttps(String url) {
		if (url == null) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String notATag(String tag) {
		return "'" + tag + "' is not a valid BCP 47 language tag";
	}

}
