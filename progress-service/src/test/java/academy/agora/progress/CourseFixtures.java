package academy.agora.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import academy.agora.events.course.CoursePublished;
import academy.agora.events.course.CoursePublished.CompletionRules;
import academy.agora.events.course.CoursePublished.Lesson;
import academy.agora.events.course.CoursePublished.Module;
import academy.agora.events.course.CoursePublished.Option;
import academy.agora.events.course.CoursePublished.Question;
import academy.agora.events.course.CoursePublished.Quiz;

/**
 * A course published with its whole structure, in English and Macedonian.
 * <ul>
 * <li>Module {@code foundations}: lessons {@code mandate} and {@code lottery}, quiz
 * {@code basics} (pass mark 50, two attempts; question {@code single} has one correct
 * option {@code a}, question {@code multiple} has correct options {@code x} and
 * {@code y}).</li>
 * <li>Module {@code deliberation}: lessons {@code facilitation} and the optional
 * {@code recommendations}, the optional quiz {@code practice} (pass mark 100, no limit;
 * question {@code only}, correct option {@code yes}).</li>
 * <li>Required: lessons {@code mandate}, {@code lottery}, {@code facilitation} and quiz
 * {@code basics}.</li>
 * </ul>
 */
public final class CourseFixtures {

	public static final String TITLE = "Citizens' assemblies";

	private CourseFixtures() {
	}

	public static CoursePublished published(String courseId, int version, Instant publishedAt) {
		return new CoursePublished(courseId, version, TITLE, "en",
				List.of(lesson("mandate", "foundations"), lesson("lottery", "foundations"),
						lesson("facilitation", "deliberation"), lesson("recommendations", "deliberation")),
				publishedAt, Map.of("en", TITLE, "mk", "Граѓански собранија"),
				List.of(new Module("foundations", Map.of("en", "Foundations"), List.of("mandate", "lottery"),
						List.of("basics")),
						new Module("deliberation", Map.of("en", "Deliberation"),
								List.of("facilitation", "recommendations"), List.of("practice"))),
				List.of(new Quiz("basics", Map.of("en", "The basics"), 50, 2, List.of(
						new Question("single", "SINGLE", Map.of("en", "Who decides the mandate?"),
								List.of(option("a", true, "Right: the council commits in advance.",
										"Точно: советот се обврзува однапред."),
										option("b", false, "No: the members do not set their own mandate.",
												"Не: членовите не го одредуваат својот мандат."))),
						new Question("multiple", "MULTIPLE", Map.of("en", "What makes a lottery fair?"),
								List.of(option("x", true, "Yes, stratification.", "Да, стратификација."),
										option("y", true, "Yes, a public draw.", "Да, јавно извлекување."),
										option("z", false, "No, volunteers self-select.",
												"Не, волонтерите сами се избираат."))))),
						new Quiz("practice", Map.of("en", "Practice"), 100, null,
								List.of(new Question("only", "SINGLE", Map.of("en", "Ready?"),
										List.of(new Option("yes", Map.of("en", "Yes"), true, Map.of()),
												new Option("no", Map.of("en", "No"), false,
														Map.of("en", "Read the lesson again."))))))),
				new CompletionRules(List.of("mandate", "lottery", "facilitation"), List.of("basics")),
				List.of("citizens-assembly"), 6, List.of("en", "mk"));
	}

	/**
	 * Answers to quiz {@code basics}.
	 * @param single the options chosen for question {@code single}
	 * @param multiple the options chosen for question {@code multiple}
	 * @return the answers, as the API takes them
	 */
	public static Map<String, List<String>> basics(List<String> single, List<String> multiple) {
		return Map.of("single", single, "multiple", multiple);
	}

	private static Lesson lesson(String id, String moduleId) {
		return new Lesson(id, id.substring(0, 1).toUpperCase() + id.substring(1), Map.of("en", id, "mk", id + " (mk)"),
				moduleId, 10);
	}

	private static Option option(String id, boolean correct, String english, String macedonian) {
		return new Option(id, Map.of("en", id), correct, Map.of("en", english, "mk", macedonian));
	}

}
