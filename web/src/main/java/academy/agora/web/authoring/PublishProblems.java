package academy.agora.web.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import academy.agora.web.relay.AuthoringApi.FieldError;
import academy.agora.web.relay.AuthoringApi.Problem;
import academy.agora.web.relay.Draft;

/**
 * Places the field errors of course-service's 422 problems on the editing pages.
 * course-service names each field by its path in the draft that was sent, such as
 * {@code modules[1].quizzes[0].questions[2].options[0].text}; with that draft in hand the
 * path becomes a page (the quiz with its id) and a form field on it
 * ({@code question-2-option-0-text-en}). A path this class does not know lands on the
 * course page, so no error is ever lost.
 * <p>
 * The problems carry English messages and no codes. The ones the editor knows are shown
 * in the reader's language; any other is shown as it came, marked as English.
 */
final class PublishProblems {

	private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

	/** The start (or, with a leading *, any part) of a message, and its key. */
	private static final Map<String, String> MESSAGES = new LinkedHashMap<>();

	static {
		MESSAGES.put("needs a text in the default language", "authoring.error.needsDefault");
		MESSAGES.put("must be an https URL", "authoring.error.https");
		MESSAGES.put("must be between 1 and 100", "authoring.error.passMark");
		MESSAGES.put("must be between 1 and 1440", "authoring.error.duration");
		MESSAGES.put("must be between 0 and 1000", "authoring.error.hours");
		MESSAGES.put("must be at least 1, or absent", "authoring.error.attemptLimit");
		MESSAGES.put("a quiz needs at least one question", "authoring.error.noQuestions");
		MESSAGES.put("a question needs at least two options", "authoring.error.twoOptions");
		MESSAGES.put("a SINGLE choice question needs exactly one correct option", "authoring.error.oneCorrect");
		MESSAGES.put("a MULTIPLE choice question needs a correct option", "authoring.error.someCorrect");
		MESSAGES.put("a course needs at least one lesson", "authoring.error.noLessons");
		MESSAGES.put("there is no lesson", "authoring.error.missingPart");
		MESSAGES.put("there is no quiz", "authoring.error.missingPart");
		MESSAGES.put("must not contain <script>", "authoring.error.script");
		MESSAGES.put("must be 1 to 64 lower-case", "authoring.error.id");
		MESSAGES.put("must be a slug", "authoring.error.topic");
		MESSAGES.put("*is used twice", "authoring.error.duplicateId");
		MESSAGES.put("*is not a valid BCP 47 language tag", "authoring.error.languageTag");
	}

	private PublishProblems() {
	}

	/**
	 * Every field error of a problem, placed.
	 * @param problem the 422 problem
	 * @param draft the draft that was sent or published
	 * @return the problems, in the problem's order
	 */
	static List<FieldProblem> of(Problem problem, Draft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : problem.errors()) {
			problems.add(place(error, draft));
		}
		return problems;
	}

	static FieldProblem place(FieldError error, Draft draft) {
		String def = draft.defaultLanguage();
		String key = messageKey(error.message());
		List<String> names = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		for (String segment : (error.field() != null) ? error.field().split("\\.") : new String[0]) {
			Matcher matcher = SEGMENT.matcher(segment);
			if (!matcher.matches()) {
				return elsewhere(error, draft, key);
			}
			names.add(matcher.group(1));
			indexes.add((matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null);
		}
		if (names.isEmpty()) {
			return elsewhere(error, draft, key);
		}
		Builder at = new Builder(error, key, def, title(draft.title(), def));
		return switch (names.get(0)) {
			case "defaultLanguage" -> at.details("defaultLanguage", "authoring.field.defaultLanguage");
			case "title" -> at.details("title-" + def, "authoring.field.title");
			case "summary" -> at.details("summary-" + def, "authoring.field.summary");
			case "outcomes" -> (indexes.get(0) != null)
					? at.details("outcome-" + indexes.get(0) + "-" + def, "authoring.field.outcome", indexes.get(0) + 1)
					: at.details("outcomes", "authoring.field.outcomes");
			case "topics" -> at.details("topics", "authoring.field.topics");
			case "estimatedHours" -> at.details("estimatedHours", "authoring.field.estimatedHours");
			case "certificateApproval" -> at.details("certificateApproval", "authoring.field.certificateApproval");
			case "completionRules" -> at.course("completion", "authoring.field.completion");
			case "modules" -> module(at, draft, names, indexes);
			default -> elsewhere(error, draft, key);
		};
	}

	private static FieldProblem module(Builder at, Draft draft, List<String> names, List<Integer> indexes) {
		Integer m = indexes.get(0);
		if (m == null || m >= draft.modules().size()) {
			return at.course("modules", "authoring.field.modules");
		}
		Draft.Module module = draft.modules().get(m);
		String def = draft.defaultLanguage();
		String next = (names.size() > 1) ? names.get(1) : "id";
		Integer index = (indexes.size() > 1) ? indexes.get(1) : null;
		if ("lessons".equals(next) && index != null && index < module.lessons().size()) {
			Draft.Lesson lesson = module.lessons().get(index);
			return lesson(at.on(Part.LESSON, lesson.id(), title(lesson.title(), def)), names.subList(2, names.size()),
					indexes.subList(2, indexes.size()));
		}
		if ("quizzes".equals(next) && index != null && index < module.quizzes().size()) {
			Draft.Quiz quiz = module.quizzes().get(index);
			return quiz(at.on(Part.QUIZ, quiz.id(), title(quiz.title(), def)), names.subList(2, names.size()),
					indexes.subList(2, indexes.size()));
		}
		Builder onModule = at.on(Part.MODULE, module.id(), title(module.title(), def));
		return switch (next) {
			case "title" -> onModule.field("title-" + def, "authoring.field.title");
			case "lessons", "quizzes" -> onModule.field("parts", "authoring.field.parts");
			default -> onModule.field("part-id", "authoring.field.id");
		};
	}

	private static FieldProblem lesson(Builder at, List<String> names, List<Integer> indexes) {
		String def = at.language;
		String name = names.isEmpty() ? "id" : names.get(0);
		return switch (name) {
			case "title" -> at.field("title-" + def, "authoring.field.title");
			case "content" -> at.field("content-" + def, "authoring.field.content");
			case "durationMinutes" -> at.field("durationMinutes", "authoring.field.durationMinutes");
			case "videoUrl" -> at.field("videoUrl", "authoring.field.videoUrl");
			case "resources" -> {
				Integer r = indexes.get(0);
				if (r == null) {
					yield at.field("resources", "authoring.field.resources");
				}
				boolean url = names.size() > 1 && "url".equals(names.get(1));
				yield url ? at.field("resource-" + r + "-url", "authoring.field.resourceUrl", r + 1)
						: at.field("resource-" + r + "-title-" + def, "authoring.field.resourceTitle", r + 1);
			}
			default -> at.field("part-id", "authoring.field.id");
		};
	}

	private static FieldProblem quiz(Builder at, List<String> names, List<Integer> indexes) {
		String def = at.language;
		String name = names.isEmpty() ? "id" : names.get(0);
		return switch (name) {
			case "title" -> at.field("title-" + def, "authoring.field.title");
			case "passMark" -> at.field("passMark", "authoring.field.passMark");
			case "attemptLimit" -> at.field("attemptLimit", "authoring.field.attemptLimit");
			case "questions" -> {
				Integer k = indexes.get(0);
				if (k == null) {
					yield at.field("questions", "authoring.field.questions");
				}
				String question = "question-" + k;
				String detail = (names.size() > 1) ? names.get(1) : "";
				Integer o = (indexes.size() > 1) ? indexes.get(1) : null;
				yield switch (detail) {
					case "text" -> at.field(question + "-text-" + def, "authoring.field.questionText", k + 1);
					case "type" -> at.field(question + "-type", "authoring.field.questionType", k + 1);
					case "options" -> {
						if (o == null) {
							yield at.field(question + "-options", "authoring.field.options", k + 1);
						}
						String option = question + "-option-" + o;
						String what = (names.size() > 2) ? names.get(2) : "";
						yield switch (what) {
							case "text" ->
								at.field(option + "-text-" + def, "authoring.field.optionText", k + 1, o + 1);
							case "feedback" ->
								at.field(option + "-feedback-" + def, "authoring.field.optionFeedback", k + 1, o + 1);
							default -> at.field(question + "-options", "authoring.field.options", k + 1);
						};
					}
					default -> at.field(question, "authoring.field.question", k + 1);
				};
			}
			default -> at.field("part-id", "authoring.field.id");
		};
	}

	private static FieldProblem elsewhere(FieldError error, Draft draft, String key) {
		return new FieldProblem(Part.COURSE, null, title(draft.title(), draft.defaultLanguage()), "publish",
				"authoring.field.other", List.of(), key, draft.defaultLanguage(), error.message());
	}

	static String messageKey(String message) {
		if (message == null) {
			return null;
		}
		for (Map.Entry<String, String> known : MESSAGES.entrySet()) {
			String pattern = known.getKey();
			boolean matches = pattern.startsWith("*") ? message.contains(pattern.substring(1))
					: message.startsWith(pattern);
			if (matches) {
				return known.getValue();
			}
		}
		return null;
	}

	static String title(Map<String, String> title, String language) {
		String text = title.get(language);
		return (text != null) ? text : title.values().stream().findFirst().orElse("");
	}

	/** The page a problem is on, while its field is worked out. */
	private static final class Builder {

		private final FieldError error;

		private final String key;

		private final String language;

		private final Part part;

		private final String partId;

		private final String partTitle;

		Builder(FieldError error, String key, String language, String courseTitle) {
			this(error, key, language, Part.DETAILS, null, courseTitle);
		}

		private Builder(FieldError error, String key, String language, Part part, String partId, String partTitle) {
			this.error = error;
			this.key = key;
			this.language = language;
			this.part = part;
			this.partId = partId;
			this.partTitle = partTitle;
		}

		Builder on(Part part, String partId, String partTitle) {
			return new Builder(this.error, this.key, this.language, part, partId, partTitle);
		}

		FieldProblem details(String fieldId, String labelKey, Integer... args) {
			return on(Part.DETAILS, null, this.partTitle).field(fieldId, labelKey, args);
		}

		FieldProblem course(String fieldId, String labelKey) {
			return on(Part.COURSE, null, this.partTitle).field(fieldId, labelKey);
		}

		FieldProblem field(String fieldId, String labelKey, Integer... args) {
			return new FieldProblem(this.part, this.partId, this.partTitle, fieldId, labelKey, List.of(args), this.key,
					this.language, this.error.message());
		}

	}

}
