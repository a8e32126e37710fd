package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static academy.agora.course.authoring.domain.Fixtures.content;
import static academy.agora.course.authoring.domain.Fixtures.lesson;
import static academy.agora.course.authoring.domain.Fixtures.option;
import static academy.agora.course.authoring.domain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ContentRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	private static List<Violation> publishing(CourseContent content) {
		Course course = Course.create("c-1", "elira", content);
		return org.assertj.core.api.Assertions
			.catchThrowableOfType(InvalidCourseException.class, () -> course.publish(NOW))
			.violations();
	}

	private static List<Violation> drafting(CourseContent content) {
		return org.assertj.core.api.Assertions
			.catchThrowableOfType(InvalidCourseException.class, () -> Course.create("c-1", "elira", content))
			.violations();
	}

	private static CourseContent withQuiz(Quiz quiz) {
		return content(List.of(new Module("m", text("M", null), List.of(lesson("l", "L", "Text")), List.of(quiz))));
	}

	@Test
	void theSampleFixtureIsPublishable() {
		assertThat(ContentRules.publication(content())).isEmpty();
	}

	@Test
	void aCourseWithoutLessonsCannotBePublished() {
		assertThat(publishing(content(List.of(new Module("m", text("M", null), List.of(), List.of())))))
			.extracting(Violation::field)
			.contains("modules");
	}

	@Test
	void aSingleChoiceQuestionNeedsExactlyOneCorrectOption() {
		Quiz quiz = new Quiz("q", text("Q", null), 70, null,
				List.of(new Question("q1", QuestionType.SINGLE, text("?", null),
						List.of(option("a", true), option("b", true))),
						new Question("q2", QuestionType.SINGLE, text("?", null),
								List.of(option("a", false), option("b", false)))));

		assertThat(publishing(withQuiz(quiz))).extracting(Violation::field)
			.containsExactly("modules[0].quizzes[0].questions[0]", "modules[0].quizzes[0].questions[1]");
	}

	@Test
	void aMultipleChoiceQuestionNeedsACorrectOption() {
		Quiz quiz = new Quiz("q", text("Q", null), 70, null, List.of(new Question("q1", QuestionType.MULTIPLE,
				text("?", null), List.of(option("a", false), option("b", false)))));

		assertThat(publishing(withQuiz(quiz))).extracting(Violation::field, Violation::message)
			.containsExactly(
					tuple("modules[0].quizzes[0].questions[0]", "a MULTIPLE choice question needs a correct option"));
	}

	@Test
	void thePassMarkIsBetweenOneAndAHundred() {
		Question question = new Question("q1", QuestionType.SINGLE, text("?", null),
				List.of(option("a", true), option("b", false)));
		for (Integer passMark : new Integer[] { 0, 101, null }) {
			assertThat(publishing(withQuiz(new Quiz("q", text("Q", null), passMark, null, List.of(question)))))
				.extracting(Violation::field)
				.containsExactly("modules[0].quizzes[0].passMark");
		}
	}

	@Test
	void aQuizNeedsQuestionsAndAQuestionTwoOptions() {
		assertThat(publishing(withQuiz(new Quiz("q", text("Q", null), 50, null, List.of()))))
			.extracting(Violation::field)
			.containsExactly("modules[0].quizzes[0].questions");
		assertThat(publishing(withQuiz(new Quiz("q", text("Q", null), 50, null,
				List.of(new Question("q1", QuestionType.SINGLE, text("?", null), List.of(option("a", true))))))))
			.extracting(Violation::field)
			.containsExactly("modules[0].quizzes[0].questions[0].options");
	}

	@Test
	void completionRulesMayOnlyNameWhatExists() {
		CourseContent content = new CourseContent("en", text("T", null), null, null, null, null, content().modules(),
				new CompletionRules(List.of("what", "gone"), List.of("basics-quiz", "nope")), false);

		assertThat(publishing(content)).extracting(Violation::field, Violation::message)
			.containsExactly(tuple("completionRules.requiredLessons[1]", "there is no lesson 'gone' in this course"),
					tuple("completionRules.requiredQuizzes[1]", "there is no quiz 'nope' in this course"));
	}

	@Test
	void withoutCompletionRulesEveryLessonAndQuizIsRequired() {
		CourseContent content = new CourseContent("en", text("T", null), null, null, null, null, content().modules(),
				null, false);

		assertThat(content.effectiveCompletionRules())
			.isEqualTo(new CompletionRules(List.of("what", "when", "draw"), List.of("basics-quiz")));
	}

	@Test
	void everyTextNeedsItsDefaultLanguageBeforePublishing() {
		Lesson onlyMacedonian = new Lesson("l", LocalizedText.of("mk", "Лекција"), LocalizedText.of("mk", "Текст"),
				null, null, List.of(new Resource(LocalizedText.of("mk", "Извор"), "https://example.org")), null);
		Quiz quiz = new Quiz("q", LocalizedText.of("mk", "Квиз"), 50, null,
				List.of(new Question("q1", QuestionType.SINGLE, LocalizedText.of("mk", "?"),
						List.of(new Option("a", LocalizedText.of("mk", "А"), true, LocalizedText.of("mk", "Да")),
								option("b", false)))));
		CourseContent content = new CourseContent("en", LocalizedText.of("mk", "Наслов"),
				LocalizedText.of("mk", "Опис"), List.of(LocalizedText.of("mk", "Исход")), null, null,
				List.of(new Module("m", LocalizedText.of("mk", "Модул"), List.of(onlyMacedonian), List.of(quiz))), null,
				false);

		assertThat(publishing(content)).extracting(Violation::field)
			.containsExactlyInAnyOrder("title", "summary", "outcomes[0]", "modules[0].title",
					"modules[0].lessons[0].title", "modules[0].lessons[0].content",
					"modules[0].lessons[0].resources[0].title", "modules[0].quizzes[0].title",
					"modules[0].quizzes[0].questions[0].text", "modules[0].quizzes[0].questions[0].options[0].text",
					"modules[0].quizzes[0].questions[0].options[0].feedback");
		assertThat(publishing(content)).extracting(Violation::message)
			.contains("needs a text in the default language 'en'");
	}

	@Test
	void aDraftMayBeUnfinished() {
		CourseContent unfinished = new CourseContent("en", LocalizedText.of("mk", "Наслов"), null, null, null, null,
				List.of(new Module("m", null, List.of(), List.of(new Quiz("q", null, null, null, List.of())))), null,
				false);

		assertThat(Course.create("c-1", "elira", unfinished).draft().modules()).hasSize(1);
	}

	@Test
	void invalidLanguageTagsAreRefusedNamingTheField() {
		CourseContent content = new CourseContent("en_US", new LocalizedText(Map.of("en", "T", "en_GB", "T")), null,
				null, null, null,
				List.of(new Module(
						"m", text("M", null), List.of(new Lesson("l",
								new LocalizedText(Map.of("en", "L", "klingon!", "x")), null, null, null, null, null)),
						List.of())),
				null, false);

		assertThat(drafting(content)).extracting(Violation::field, Violation::message)
			.containsExactly(tuple("defaultLanguage", "'en_US' is not a valid BCP 47 language tag"),
					tuple("title", "'en_GB' is not a valid BCP 47 language tag"),
					tuple("modules[0].lessons[0].title", "'klingon!' is not a valid BCP 47 language tag"));
	}

	@Test
	void anyWellFormedLanguageTagIsAcceptedInItsCanonicalSpelling() {
		CourseContent content = new CourseContent("SR-latn",
				new LocalizedText(
						Map.of("sr-latn", "Skupština", "sr-Cyrl", "Скупштина", "tlh", "Klingon", "es-419", "Asamblea")),
				null, null, null, null, List.of(), null, false);

		Course course = Course.create("c-1", "elira", content);

		assertThat(course.draft().defaultLanguage()).isEqualTo("sr-Latn");
		assertThat(course.draft().languages()).startsWith("sr-Latn")
			.containsExactlyInAnyOrder("sr-Latn", "sr-Cyrl", "tlh", "es-419");
	}

	@Test
	void idsMustBeSlugsAndUnique() {
		CourseContent content = content(
				List.of(new Module("m", text("M", null), List.of(lesson("same", "A", "a"), lesson("Bad Id", "B", "b")),
						List.of()), new Module("m", text("N", null), List.of(lesson("same", "C", "c")), List.of())));

		assertThat(drafting(content)).extracting(Violation::field, Violation::message)
			.containsExactly(tuple("modules[0].lessons[1].id", "must be 1 to 64 lower-case letters, digits or hyphens"),
					tuple("modules[1].id", "the module id 'm' is used twice"),
					tuple("modules[1].lessons[0].id", "the lesson id 'same' is used twice"));
	}

	@Test
	void linksMustBeHttpsAndTopicsSlugs() {
		Lesson lesson = new Lesson("l", text("L", null), text("x", null), 0, "http://video.example.org/1",
				List.of(new Resource(text("R", null), "javascript:alert(1)")), null);
		CourseContent content = new CourseContent("en", text("T", null), null, null, List.of("ok-topic", "Not OK"), -1,
				List.of(new Module("m", text("M", null), List.of(lesson), List.of())), null, false);

		assertThat(drafting(content)).extracting(Violation::field)
			.containsExactly("topics[1]", "estimatedHours", "modules[0].lessons[0].durationMinutes",
					"modules[0].lessons[0].videoUrl", "modules[0].lessons[0].resources[0].url");
	}

	@Test
	void scriptInLessonTextIsRefusedAtWriteTime() {
		CourseContent content = content(List.of(new Module("m", text("M", null),
				List.of(lesson("l", "L", "Hello <SCRIPT>alert(1)</script>")), List.of())));

		assertThat(drafting(content)).extracting(Violation::field, Violation::message)
			.containsExactlyInAnyOrder(
					tuple("modules[0].lessons[0].content", "must not contain <script> (in 'en'); lessons are Markdown"),
					tuple("modules[0].lessons[0].content",
							"must not contain <script> (in 'mk'); lessons are Markdown"));
	}

	@Test
	void aDraftUpdateIsCheckedToo() {
		Course course = Course.create("c-1", "elira", content());

		assertThatExceptionOfType(InvalidCourseException.class)
			.isThrownBy(() -> course
				.replaceDraft(new CourseContent("??", text("T", null), null, null, null, null, List.of(), null, false)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("defaultLanguage"));
	}

}
