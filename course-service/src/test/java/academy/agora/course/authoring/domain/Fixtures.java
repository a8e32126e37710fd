package academy.agora.course.authoring.domain;

import java.util.List;
import java.util.Map;

/**
 * A small course in English and Macedonian that is ready to publish: two modules, three
 * lessons, one quiz with a single and a multiple choice question.
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static LocalizedText text(String en, String mk) {
		return (mk != null) ? new LocalizedText(Map.of("en", en, "mk", mk)) : LocalizedText.of("en", en);
	}

	public static Lesson lesson(String id, String title, String content) {
		return new Lesson(id, text(title, title + " (мк)"), text(content, content + " (мк)"), 10, null,
				List.of(new Resource(text("OECD principles", null), "https://www.oecd.org/gov/open-government/")),
				null);
	}

	public static Option option(String id, boolean correct) {
		return new Option(id, text("Option " + id, "Опција " + id), correct, text("Because " + id, null));
	}

	public static Quiz quiz() {
		return new Quiz("basics-quiz", text("Basics", "Основи"), 70, 3,
				List.of(new Question("q1", QuestionType.SINGLE, text("Who is drawn?", "Кој се извлекува?"),
						List.of(option("a", true), option("b", false))),
						new Question("q2", QuestionType.MULTIPLE, text("What helps?", "Што помага?"),
								List.of(option("a", true), option("b", true), option("c", false)))));
	}

	public static CourseContent content() {
		CourseContent content = content(List.of(
				new Module("basics", text("Basics", "Основи"),
						List.of(lesson("what", "What it is", "# What\n\nAn assembly."),
								lesson("when", "When it fits", "When the question is *open*.")),
						List.of(quiz())),
				new Module("lottery", text("The lottery", "Лотаријата"),
						List.of(lesson("draw", "The draw", "Stratified sampling.")), List.of())));
		return new CourseContent(content.defaultLanguage(), content.title(), content.summary(), content.outcomes(),
				content.topics(), content.estimatedHours(), content.modules(),
				new CompletionRules(List.of("what", "when", "draw"), List.of("basics-quiz")), false);
	}

	/**
	 * A course of these modules, with every lesson and quiz required.
	 * @param modules the modules
	 * @return the content
	 */
	public static CourseContent content(List<Module> modules) {
		return new CourseContent("en", text("Citizens' assemblies", "Граѓански собранија"),
				text("How to run one", "Како да се организира"), List.of(text("You can plan one", null)),
				List.of("citizens-assembly", "civic-lottery"), 4, modules, null, false);
	}

	/**
	 * The content with one lesson replaced.
	 * @param content the content
	 * @param lesson the new lesson, matched by id
	 * @return the changed content
	 */
	public static CourseContent withLesson(CourseContent content, Lesson lesson) {
		return new CourseContent(content.defaultLanguage(), content.title(), content.summary(), content.outcomes(),
				content.topics(), content.estimatedHours(),
				content.modules()
					.stream()
					.map((module) -> new Module(module.id(), module.title(),
							module.lessons()
								.stream()
								.map((existing) -> existing.id().equals(lesson.id()) ? lesson : existing)
								.toList(),
							module.quizzes()))
					.toList(),
				content.completionRules(), content.certificateApproval());
	}

	public static CourseContent withTitle(CourseContent content, LocalizedText title) {
		return new CourseContent(content.defaultLanguage(), title, content.summary(), content.outcomes(),
				content.topics(), content.estimatedHours(), content.modules(), content.completionRules(),
				content.certificateApproval());
	}

	public static Lesson lessonOf(CourseContent content, String id) {
		return content.lessons().stream().filter((lesson) -> lesson.id().equals(id)).findFirst().orElseThrow();
	}

}
