package academy.agora.web.authoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import academy.agora.web.relay.Draft;

import org.springframework.util.MultiValueMap;

/**
 * Applies an editing page's form to the part of the draft it shows. Only the languages on
 * the page (the default and one translation) are changed; every other language, and every
 * field the page does not show, is kept as it was. A text left empty removes that
 * language's text. Line breaks arrive from browsers as CRLF and are stored as LF, so that
 * saving a page unchanged changes nothing (and leaves translations current).
 * <p>
 * Form fields are named as their ids: {@code title-en}, {@code content-mk},
 * {@code resource-0-url}, {@code question-1-option-0-text-en}. Each list (outcomes,
 * resources, options) has one empty row more than it holds, which adds an item when it is
 * filled in and is ignored when it is not.
 */
final class DraftForms {

	/** The topics the editor offers; any others a course has are kept. */
	static final List<String> KNOWN_TOPICS = List.of("citizens-assembly", "civic-lottery", "participatory-budgeting",
			"facilitation", "deliberation", "inclusion", "evaluation");

	private DraftForms() {
	}

	static Draft details(Draft draft, MultiValueMap<String, String> form, Collection<String> languages,
			List<FieldProblem> problems) {
		Map<String, String> title = texts(draft.title(), form, "title", languages, false);
		Map<String, String> summary = texts(draft.summary(), form, "summary", languages, true);
		List<Map<String, String>> outcomes = new ArrayList<>();
		for (int i = 0; i <= draft.outcomes().size(); i++) {
			Map<String, String> current = (i < draft.outcomes().size()) ? draft.outcomes().get(i) : Map.of();
			Map<String, String> outcome = texts(current, form, "outcome-" + i, languages, true);
			if (!outcome.isEmpty()) {
				outcomes.add(outcome);
			}
		}
		List<String> topics = new ArrayList<>(
				draft.topics().stream().filter((topic) -> !KNOWN_TOPICS.contains(topic)).toList());
		List<String> ticked = form.getOrDefault("topics", List.of());
		KNOWN_TOPICS.stream().filter(ticked::contains).forEach(topics::add);
		Integer hours = number(form, "estimatedHours", draft.estimatedHours(), problems, Part.DETAILS, null,
				"authoring.field.estimatedHours");
		return draft.withDetails(title, summary, outcomes, topics, hours, form.containsKey("certificateApproval"));
	}

	static Draft.Module module(Draft.Module module, MultiValueMap<String, String> form, Collection<String> languages) {
		return module.withTitle(texts(module.title(), form, "title", languages, false));
	}

	static Draft.Lesson lesson(Draft.Lesson lesson, MultiValueMap<String, String> form, Collection<String> languages,
			List<FieldProblem> problems) {
		List<Draft.Resource> resources = new ArrayList<>();
		for (int r = 0; r <= lesson.resources().size(); r++) {
			boolean added = r == lesson.resources().size();
			Draft.Resource current = added ? new Draft.Resource(Map.of(), null) : lesson.resources().get(r);
			String prefix = "resource-" + r;
			Map<String, String> title = texts(current.title(), form, prefix + "-title", languages, false);
			String url = line(form, prefix + "-url", current.url());
			boolean empty = title.isEmpty() && (url == null || url.isBlank());
			if (!form.containsKey(prefix + "-remove") && !(added && empty)) {
				resources.add(new Draft.Resource(title, blankToNull(url)));
			}
		}
		Integer minutes = number(form, "durationMinutes", lesson.durationMinutes(), problems, Part.LESSON, lesson.id(),
				"authoring.field.durationMinutes");
		return new Draft.Lesson(lesson.id(), texts(lesson.title(), form, "title", languages, false),
				texts(lesson.content(), form, "content", languages, true), minutes,
				blankToNull(line(form, "videoUrl", lesson.videoUrl())), resources);
	}

	static Draft.Quiz quiz(Draft.Quiz quiz, MultiValueMap<String, String> form, Collection<String> languages,
			List<FieldProblem> problems) {
		List<Draft.Question> questions = new ArrayList<>();
		for (int k = 0; k < quiz.questions().size(); k++) {
			String prefix = "question-" + k;
			if (form.containsKey(prefix + "-remove")) {
				continue;
			}
			questions.add(question(quiz.questions().get(k), prefix, form, languages));
		}
		Integer passMark = number(form, "passMark", quiz.passMark(), problems, Part.QUIZ, quiz.id(),
				"authoring.field.passMark");
		Integer attemptLimit = number(form, "attemptLimit", quiz.attemptLimit(), problems, Part.QUIZ, quiz.id(),
				"authoring.field.attemptLimit");
		return new Draft.Quiz(quiz.id(), texts(quiz.title(), form, "title", languages, false), passMark, attemptLimit,
				questions);
	}

	private static Draft.Question question(Draft.Question question, String prefix, MultiValueMap<String, String> form,
			Collection<String> languages) {
		List<Draft.Option> options = new ArrayList<>();
		List<String> ids = new ArrayList<>(question.options().stream().map(Draft.Option::id).toList());
		for (int o = 0; o <= question.options().size(); o++) {
			boolean added = o == question.options().size();
			String optionPrefix = prefix + "-option-" + o;
			if (form.containsKey(optionPrefix + "-remove")) {
				continue;
			}
			Draft.Option current = added ? new Draft.Option(nextOptionId(ids), Map.of(), false, Map.of())
					: question.options().get(o);
			Map<String, String> text = texts(current.text(), form, optionPrefix + "-text", languages, false);
			if (added && text.isEmpty()) {
				continue;
			}
			boolean correct = form.containsKey(prefix + "-type") ? form.containsKey(optionPrefix + "-correct")
					: current.correct();
			options.add(new Draft.Option(current.id(), text, correct,
					texts(current.feedback(), form, optionPrefix + "-feedback", languages, false)));
		}
		String type = form.getFirst(prefix + "-type");
		type = ("SINGLE".equals(type) || "MULTIPLE".equals(type)) ? type : question.type();
		return new Draft.Question(question.id(), type, texts(question.text(), form, prefix + "-text", languages, false),
				options);
	}

	/**
	 * A new, empty question with two empty options, to be written on the quiz page.
	 * @param quiz the quiz it is added to
	 * @return the quiz with it
	 */
	static Draft.Quiz withNewQuestion(Draft.Quiz quiz) {
		Set<String> taken = new java.util.HashSet<>(quiz.questions().stream().map(Draft.Question::id).toList());
		String id = Ids.unique("q" + (quiz.questions().size() + 1), taken);
		List<Draft.Question> questions = new ArrayList<>(quiz.questions());
		questions.add(new Draft.Question(id, "SINGLE", Map.of(), List
			.of(new Draft.Option("a", Map.of(), false, Map.of()), new Draft.Option("b", Map.of(), false, Map.of()))));
		return new Draft.Quiz(quiz.id(), quiz.title(), quiz.passMark(), quiz.attemptLimit(), questions);
	}

	private static String nextOptionId(List<String> taken) {
		for (char letter = 'a'; letter <= 'z'; letter++) {
			if (!taken.contains(String.valueOf(letter))) {
				return String.valueOf(letter);
			}
		}
		return Ids.unique("option", new java.util.HashSet<>(taken));
	}

	/**
	 * A text by language with the page's languages taken from the form.
	 * @param current the text as stored
	 * @param form the form
	 * @param name the field's name before {@code -<language>}
	 * @param languages the languages on the page
	 * @param multiline whether line breaks are kept (lesson text, descriptions)
	 * @return the new text by language
	 */
	static Map<String, String> texts(Map<String, String> current, MultiValueMap<String, String> form, String name,
			Collection<String> languages, boolean multiline) {
		Map<String, String> texts = new LinkedHashMap<>(current);
		for (String language : languages) {
			String value = form.getFirst(name + "-" + language);
			if (value == null) {
				continue;
			}
			value = multiline ? normalised(value) : normalised(value).replace('\n', ' ').strip();
			String stored = current.get(language);
			if (value.isBlank()) {
				texts.remove(language);
			}
			else if (stored == null || !comparable(value, multiline).equals(comparable(stored, multiline))) {
				// Only a real change is stored: a text that merely differs in its line
				// breaks or outer spaces stays as it was, and keeps translations current.
				texts.put(language, value);
			}
		}
		return texts;
	}

	/**
	 * A form value with LF line breaks: browsers send a text area's line breaks as CRLF.
	 */
	static String normalised(String value) {
		return value.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static String comparable(String text, boolean multiline) {
		String lines = normalised(text);
		return multiline ? lines.stripTrailing() : lines.replace('\n', ' ').strip();
	}

	private static String line(MultiValueMap<String, String> form, String name, String current) {
		String value = form.getFirst(name);
		return (value != null) ? value.strip() : current;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static Integer number(MultiValueMap<String, String> form, String name, Integer current,
			List<FieldProblem> problems, Part part, String partId, String labelKey) {
		String value = form.getFirst(name);
		if (value == null) {
			return current;
		}
		if (value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(part, partId, null, name, labelKey, List.of(), "authoring.error.number", null,
					"must be a whole number"));
			return current;
		}
	}

	/** Ids for new modules, lessons and quizzes. */
	static final class Ids {

		private Ids() {
		}

		/**
		 * An id from a title: lower-case ASCII letters, digits and hyphens; a title in
		 * another script gives the fallback.
		 * @param title the title
		 * @param fallback such as {@code lesson}
		 * @param taken ids already in use
		 * @return an id not in use
		 */
		static String from(String title, String fallback, Set<String> taken) {
			String slug = Normalizer.normalize((title != null) ? title : "", Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "-")
				.replaceAll("^-+|-+$", "");
			if (slug.length() > 40) {
				slug = slug.substring(0, 40).replaceAll("-+$", "");
			}
			return unique(slug.isEmpty() ? fallback : slug, taken);
		}

		static String unique(String base, Set<String> taken) {
			if (!taken.contains(base)) {
				return base;
			}
			for (int n = 2;; n++) {
				String candidate = base + "-" + n;
				if (!taken.contains(candidate)) {
					return candidate;
				}
			}
		}

	}

}
