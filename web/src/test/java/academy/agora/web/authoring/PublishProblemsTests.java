package academy.agora.web.authoring;

import java.util.List;
import java.util.Map;

import academy.agora.web.relay.AuthoringApi.FieldError;
import academy.agora.web.relay.AuthoringApi.Problem;
import academy.agora.web.relay.Draft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishProblemsTests {

	static final Draft DRAFT = new Draft("en", Map.of("en", "Assemblies"), Map.of(), List.of(Map.of("en", "One")),
			List.of(), 2,
			List.of(new Draft.Module("basics", Map.of("en", "Basics"),
					List.of(new Draft.Lesson("mandate", Map.of("en", "Mandate"), Map.of("en", "Text"), 10, null,
							List.of(new Draft.Resource(Map.of("en", "OECD"), "http://oecd.org")))),
					List.of(new Draft.Quiz("check", Map.of("en", "Check"), 0, null,
							List.of(new Draft.Question("q1", "SINGLE", Map.of(), List.of())))))),
			null, false);

	static FieldProblem place(String field, String message) {
		return PublishProblems.place(new FieldError(field, message), DRAFT);
	}

	@Test
	void aLessonTextInTheDefaultLanguageIsShownAtThatTextAreaOnTheLessonPage() {
		FieldProblem problem = place("modules[0].lessons[0].content", "needs a text in the default language 'en'");
		assertThat(problem.part()).isEqualTo(Part.LESSON);
		assertThat(problem.partId()).isEqualTo("mandate");
		assertThat(problem.partTitle()).isEqualTo("Mandate");
		assertThat(problem.fieldId()).isEqualTo("content-en");
		assertThat(problem.messageKey()).isEqualTo("authoring.error.needsDefault");
		assertThat(problem.href("c1", "mk")).isEqualTo("/authoring/c1/lessons/mandate?tr=mk#content-en");
	}

	@Test
	void quizFieldsDownToAnOptionsFeedbackArePlacedOnTheQuizPage() {
		assertThat(place("modules[0].quizzes[0].passMark", "must be between 1 and 100"))
			.extracting(FieldProblem::part, FieldProblem::partId, FieldProblem::fieldId, FieldProblem::messageKey)
			.containsExactly(Part.QUIZ, "check", "passMark", "authoring.error.passMark");
		assertThat(place("modules[0].quizzes[0].questions[0].options", "a question needs at least two options"))
			.extracting(FieldProblem::fieldId, FieldProblem::labelArgs)
			.containsExactly("question-0-options", List.of(1));
		assertThat(place("modules[0].quizzes[0].questions[0]",
				"a SINGLE choice question needs exactly one correct" + " option, not 0"))
			.extracting(FieldProblem::fieldId, FieldProblem::messageKey)
			.containsExactly("question-0", "authoring.error.oneCorrect");
		assertThat(place("modules[0].quizzes[0].questions[2].options[1].feedback",
				"needs a text in the default language 'en'"))
			.extracting(FieldProblem::fieldId, FieldProblem::labelArgs)
			.containsExactly("question-2-option-1-feedback-en", List.of(3, 2));
	}

	@Test
	void courseFieldsGoToTheDetailsPageAndModulesAndRulesToTheCoursePage() {
		assertThat(place("title", "needs a text in the default language 'en'"))
			.extracting(FieldProblem::part, FieldProblem::fieldId)
			.containsExactly(Part.DETAILS, "title-en");
		assertThat(place("outcomes[0]", "needs a text in the default language 'en'"))
			.extracting(FieldProblem::fieldId, FieldProblem::labelArgs)
			.containsExactly("outcome-0-en", List.of(1));
		assertThat(place("modules", "a course needs at least one lesson before it can be published"))
			.extracting(FieldProblem::part, FieldProblem::fieldId, FieldProblem::messageKey)
			.containsExactly(Part.COURSE, "modules", "authoring.error.noLessons");
		assertThat(place("completionRules.requiredLessons[0]", "there is no lesson 'gone' in this course"))
			.extracting(FieldProblem::part, FieldProblem::fieldId)
			.containsExactly(Part.COURSE, "completion");
		assertThat(place("modules[0].title", "needs a text in the default language 'en'"))
			.extracting(FieldProblem::part, FieldProblem::partId, FieldProblem::fieldId)
			.containsExactly(Part.MODULE, "basics", "title-en");
		assertThat(place("modules[0].lessons[0].resources[0].url", "must be an https URL"))
			.extracting(FieldProblem::fieldId, FieldProblem::messageKey)
			.containsExactly("resource-0-url", "authoring.error.https");
	}

	@Test
	void anUnknownPathOrMessageIsNeverLost() {
		FieldProblem problem = place("somethingNew[3].x", "is not allowed yet");
		assertThat(problem.part()).isEqualTo(Part.COURSE);
		assertThat(problem.fieldId()).isEqualTo("publish");
		assertThat(problem.messageKey()).isNull();
		assertThat(problem.message()).isEqualTo("is not allowed yet");
		assertThat(place("modules[7].title", "x").fieldId()).isEqualTo("modules");
	}

	@Test
	void everyErrorOfAProblemIsPlacedInOrder() {
		Problem problem = new Problem("https://agora.academy/problems/invalid-course", "Unprocessable", 422,
				"The course cannot be published yet",
				List.of(new FieldError("title", "needs a text in the default" + " language 'en'"),
						new FieldError("modules[0].lessons[0].videoUrl", "must be an https URL")));
		assertThat(PublishProblems.of(problem, DRAFT)).extracting(FieldProblem::fieldId)
			.containsExactly("title-en", "videoUrl");
	}

	@Test
	void problemsCanBeNarrowedToAPageOrDroppedForIt() {
		FieldProblems problems = new FieldProblems(List.of(place("title", "x"),
				place("modules[0].lessons[0].content", "x"), place("modules[0].quizzes[0].passMark", "x")));
		assertThat(problems.on(Part.LESSON, "mandate").all()).extracting(FieldProblem::fieldId)
			.containsExactly("content-en");
		assertThat(problems.without(Part.LESSON, "mandate").all()).extracting(FieldProblem::fieldId)
			.containsExactly("title-en", "passMark");
		assertThat(problems.has("passMark")).isTrue();
		assertThat(problems.within("content")).isTrue();
	}

}
