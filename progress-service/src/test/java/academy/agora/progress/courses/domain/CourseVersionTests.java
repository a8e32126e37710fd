package academy.agora.progress.courses.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.course.CoursePublished;
import academy.agora.progress.CourseFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class CourseVersionTests {

	private static final Instant PUBLISHED = Instant.parse("2026-03-01T08:00:00Z");

	private final CourseVersion version = CourseVersion.of(CourseFixtures.published("assemblies", 2, PUBLISHED));

	private final CourseVersion.Quiz basics = this.version.quiz("basics").orElseThrow();

	@Test
	void aPublishedVersionKeepsItsWholeStructure() {
		assertThat(this.version.key()).isEqualTo("assemblies:2");
		assertThat(this.version.titles()).containsEntry("mk", "Граѓански собранија");
		assertThat(this.version.languages()).containsExactly("en", "mk");
		assertThat(this.version.lessons()).extracting(CourseVersion.Lesson::id, CourseVersion.Lesson::moduleId)
			.containsExactly(tuple("mandate", "foundations"), tuple("lottery", "foundations"),
					tuple("facilitation", "deliberation"), tuple("recommendations", "deliberation"));
		assertThat(this.version.lessons().get(0).titles()).containsEntry("mk", "mandate (mk)");
		assertThat(this.version.modules()).extracting(CourseVersion.Module::id, CourseVersion.Module::quizIds)
			.containsExactly(tuple("foundations", List.of("basics")), tuple("deliberation", List.of("practice")));
		assertThat(this.basics.passMark()).isEqualTo(50);
		assertThat(this.basics.attemptLimit()).isEqualTo(2);
		assertThat(this.basics.question("multiple").orElseThrow().correctOptionIds()).containsExactly("x", "y");
		assertThat(this.basics.question("single").orElseThrow().option("b").orElseThrow().feedback()).containsKeys("en",
				"mk");
		assertThat(this.version.quiz("practice").orElseThrow().attemptLimit()).isNull();
		assertThat(this.version.completionRules().requiredLessonIds()).containsExactly("mandate", "lottery",
				"facilitation");
		assertThat(this.version.completionRules().requiredQuizIds()).containsExactly("basics");
	}

	@Test
	void aVersionFromAnOlderProducerRequiresEveryLessonAndHasNoQuizzes() {
		String json = "{\"courseId\":\"c\",\"version\":1,\"title\":\"T\",\"language\":\"sq\",\"lessons\":"
				+ "[{\"lessonId\":\"a\",\"title\":\"A\"},{\"lessonId\":\"b\",\"title\":\"B\"}],"
				+ "\"publishedAt\":\"2026-01-01T00:00:00Z\"}";
		CourseVersion old = CourseVersion.of((CoursePublished) EventCodec.decode(EventType.COURSE_PUBLISHED, json));

		assertThat(old.completionRules().requiredLessonIds()).containsExactly("a", "b");
		assertThat(old.completionRules().requiredQuizIds()).isEmpty();
		assertThat(old.quizzes()).isEmpty();
		assertThat(old.modules()).isEmpty();
		assertThat(old.titles()).isEqualTo(Map.of("sq", "T"));
		assertThat(old.languages()).containsExactly("sq");
		assertThat(old).isEqualTo(new CourseVersion("c", 1, "T", "sq",
				List.of(new CourseVersion.Lesson("a", "A"), new CourseVersion.Lesson("b", "B")),
				Instant.parse("2026-01-01T00:00:00Z")));
	}

	@Test
	void aSingleChoiceQuestionIsRightOnlyWithItsCorrectOption() {
		assertThat(grade(List.of("a"), List.of("x", "y")).score()).isEqualTo(100);
		assertThat(grade(List.of("b"), List.of("x", "y")).questions())
			.extracting(Grade.QuestionGrade::questionId, Grade.QuestionGrade::correct)
			.containsExactly(tuple("single", false), tuple("multiple", true));
		// Choosing every option of a single-choice question is not a way round it.
		assertThat(grade(List.of("a", "b"), List.of("x", "y")).questions().get(0).correct()).isFalse();
	}

	@Test
	void aMultipleChoiceQuestionIsRightOnlyWithExactlyItsCorrectOptions() {
		assertThat(grade(List.of("a"), List.of("y", "x")).questions().get(1).correct()).isTrue();
		assertThat(grade(List.of("a"), List.of("x")).questions().get(1).correct())
			.as("partly right: one correct option missing")
			.isFalse();
		assertThat(grade(List.of("a"), List.of("x", "y", "z")).questions().get(1).correct())
			.as("partly right: a wrong option added")
			.isFalse();
		assertThat(grade(List.of("a"), List.of("x", "x", "y")).questions().get(1)).as("a repeated option counts once")
			.satisfies((question) -> {
				assertThat(question.correct()).isTrue();
				assertThat(question.chosenOptionIds()).containsExactly("x", "y");
			});
	}

	@Test
	void anUnansweredQuestionIsWrongNotAnError() {
		Grade leftOut = this.basics.grade(Map.of("single", List.of("a")));
		Grade empty = grade(List.of("a"), List.of());
		Grade nothing = this.basics.grade(Map.of());

		assertThat(leftOut.score()).isEqualTo(50);
		assertThat(leftOut.questions().get(1).chosenOptionIds()).isEmpty();
		assertThat(leftOut.questions().get(1).correct()).isFalse();
		assertThat(empty.score()).isEqualTo(50);
		assertThat(nothing.score()).isZero();
		assertThat(nothing.questions()).hasSize(2).noneMatch(Grade.QuestionGrade::correct);
	}

	@Test
	void theScoreIsThePercentOfQuestionsRightRoundedDown() {
		CourseVersion.Quiz three = new CourseVersion.Quiz("three", Map.of(), 60, null,
				List.of(question("q1"), question("q2"), question("q3")));

		assertThat(three.grade(Map.of("q1", List.of("right"), "q2", List.of("right"))).score()).isEqualTo(66);
		assertThat(three.grade(Map.of("q1", List.of("right"))).score()).isEqualTo(33);
	}

	@Test
	void answersNamingUnknownQuestionsOrOptionsAreRejectedNamingThem() {
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> this.basics
				.grade(Map.of("single", List.of("a", "c", "d"), "multiple", List.of("x"), "bonus", List.of("x"))))
			.satisfies((ex) -> {
				assertThat(ex.unknownQuestionIds()).containsExactly("bonus");
				assertThat(ex.unknownOptionIds()).isEqualTo(Map.of("single", List.of("c", "d")));
				assertThat(ex.getMessage()).contains("bonus").contains("c, d").contains("basics");
			});
		// An option of another question of the same quiz is unknown to this one.
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> this.basics.grade(Map.of("single", List.of("x"))))
			.satisfies((ex) -> assertThat(ex.unknownOptionIds()).containsOnlyKeys("single"));
	}

	private Grade grade(List<String> single, List<String> multiple) {
		return this.basics.grade(CourseFixtures.basics(single, multiple));
	}

	private static CourseVersion.Question question(String id) {
		return new CourseVersion.Question(id, "SINGLE", Map.of(),
				List.of(new CourseVersion.Option("right", Map.of(), true, Map.of()),
						new CourseVersion.Option("wrong", Map.of(), false, Map.of())));
	}

}
