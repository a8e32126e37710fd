package academy.agora.web.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import academy.agora.web.relay.Draft;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class DraftFormsTests {

	static final List<String> EN_MK = List.of("en", "mk");

	static final Draft.Lesson LESSON = new Draft.Lesson("mandate",
			Map.of("en", "Mandate", "mk", "Мандат", "sq", "Mandati"),
			Map.of("en", "Line one\nLine two", "mk", "Ред еден"), 10, null,
			List.of(new Draft.Resource(Map.of("en", "OECD"), "https://www.oecd.org/")));

	static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	@Test
	void savingALessonUnchangedChangesNothingEvenWithTheBrowsersLineBreaks() {
		MultiValueMap<String, String> form = form("title-en", "Mandate", "title-mk", "Мандат", "content-en",
				"Line one\r\nLine two\r\n", "content-mk", "Ред еден", "durationMinutes", "10", "videoUrl", "",
				"resource-0-title-en", "OECD", "resource-0-title-mk", "", "resource-0-url", "https://www.oecd.org/",
				"resource-1-title-en", "", "resource-1-title-mk", "", "resource-1-url", "");
		assertThat(DraftForms.lesson(LESSON, form, EN_MK, new ArrayList<>())).isEqualTo(LESSON);
	}

	@Test
	void aLessonFormChangesOnlyTheLanguagesOnThePageAndAddsAResourceFromTheEmptyRow() {
		MultiValueMap<String, String> form = form("title-en", "The mandate", "title-mk", "", "content-en",
				"New **text**", "content-mk", "Нов текст", "durationMinutes", "", "videoUrl",
				" https://video.example/1 ", "resource-0-title-en", "OECD", "resource-0-url", "https://www.oecd.org/",
				"resource-1-title-en", "Council of Europe", "resource-1-title-mk", "Совет на Европа", "resource-1-url",
				"https://www.coe.int/");
		Draft.Lesson lesson = DraftForms.lesson(LESSON, form, EN_MK, new ArrayList<>());
		assertThat(lesson.title()).containsExactlyInAnyOrderEntriesOf(Map.of("en", "The mandate", "sq", "Mandati"));
		assertThat(lesson.content()).containsEntry("en", "New **text**").containsEntry("mk", "Нов текст");
		assertThat(lesson.durationMinutes()).isNull();
		assertThat(lesson.videoUrl()).isEqualTo("https://video.example/1");
		assertThat(lesson.resources()).hasSize(2);
		assertThat(lesson.resources().get(1).title()).containsEntry("mk", "Совет на Европа");
	}

	@Test
	void aNumberThatIsNotOneIsAProblemAtItsFieldAndNothingIsLost() {
		List<FieldProblem> problems = new ArrayList<>();
		Draft.Lesson lesson = DraftForms.lesson(LESSON, form("durationMinutes", "ten", "content-en", "Kept"), EN_MK,
				problems);
		assertThat(problems).extracting(FieldProblem::fieldId, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("durationMinutes", "authoring.error.number"));
		assertThat(lesson.content()).containsEntry("en", "Kept");
		assertThat(lesson.durationMinutes()).isEqualTo(10);
	}

	@Test
	void aQuizFormSetsCorrectOptionsRemovesWhatIsTickedAndAddsAnOption() {
		Draft.Quiz quiz = new Draft.Quiz("check", Map.of("en", "Check"), 70, null, List.of(
				new Draft.Question("q1", "SINGLE", Map.of("en", "Who?"),
						List.of(new Draft.Option("a", Map.of("en", "Council"), false, Map.of()),
								new Draft.Option("b", Map.of("en", "Members"), true, Map.of()))),
				new Draft.Question("q2", "SINGLE", Map.of("en", "Gone"), List.of())));
		MultiValueMap<String, String> form = form("title-en", "Check", "passMark", "80", "attemptLimit", "",
				"question-0-type", "MULTIPLE", "question-0-text-en", "Who?", "question-0-option-0-text-en", "Council",
				"question-0-option-0-correct", "on", "question-0-option-1-text-en", "Members",
				"question-0-option-2-text-en", "Mayor", "question-0-option-2-correct", "on",
				"question-0-option-2-feedback-en", "Yes, also.", "question-1-remove", "on");
		Draft.Quiz edited = DraftForms.quiz(quiz, form, EN_MK, new ArrayList<>());
		assertThat(edited.passMark()).isEqualTo(80);
		assertThat(edited.questions()).hasSize(1);
		Draft.Question question = edited.questions().get(0);
		assertThat(question.type()).isEqualTo("MULTIPLE");
		assertThat(question.options()).extracting(Draft.Option::id, Draft.Option::correct)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a", true),
					org.assertj.core.groups.Tuple.tuple("b", false), org.assertj.core.groups.Tuple.tuple("c", true));
		assertThat(question.options().get(2).feedback()).containsEntry("en", "Yes, also.");
	}

	@Test
	void courseDetailsKeepTopicsTheEditorDoesNotOfferAndDropEmptiedOutcomes() {
		Draft draft = new Draft("en", Map.of("en", "Old"), Map.of(), List.of(Map.of("en", "One"), Map.of("en", "Two")),
				List.of("inclusion", "local-topic"), 2, List.of(), null, false);
		MultiValueMap<String, String> form = form("title-en", "New", "outcome-0-en", "One", "outcome-1-en", "",
				"outcome-2-en", "Three", "outcome-2-mk", "Три", "topics", "civic-lottery", "estimatedHours", "3",
				"certificateApproval", "on");
		Draft edited = DraftForms.details(draft, form, EN_MK, new ArrayList<>());
		assertThat(edited.title()).containsEntry("en", "New");
		assertThat(edited.outcomes()).containsExactly(Map.of("en", "One"), Map.of("en", "Three", "mk", "Три"));
		assertThat(edited.topics()).containsExactly("local-topic", "civic-lottery");
		assertThat(edited.estimatedHours()).isEqualTo(3);
		assertThat(edited.certificateApproval()).isTrue();
	}

	@Test
	void newIdsComeFromLatinTitlesAndAreNeverTakenTwice() {
		assertThat(DraftForms.Ids.from("Setting the mandate!", "lesson", Set.of())).isEqualTo("setting-the-mandate");
		assertThat(DraftForms.Ids.from("Çfarë është", "lesson", Set.of())).isEqualTo("cfare-eshte");
		assertThat(DraftForms.Ids.from("Мандатот", "lesson", Set.of("lesson"))).isEqualTo("lesson-2");
	}

	@Test
	void removingALessonRemovesItFromTheCompletionRulesAndAddingOneRequiresIt() {
		Draft draft = new Draft("en", Map.of("en", "T"), Map.of(), List.of(), List.of(), null,
				List.of(new Draft.Module("m", Map.of("en", "M"), List.of(LESSON), List.of())),
				new Draft.CompletionRules(List.of("mandate"), List.of()), false);
		Draft added = draft.addLesson("m",
				new Draft.Lesson("lottery", Map.of("en", "Lottery"), Map.of(), null, null, List.of()));
		assertThat(added.completionRules().requiredLessons()).containsExactly("mandate", "lottery");
		assertThat(added.move("lottery", -1).modules().get(0).lessons()).extracting(Draft.Lesson::id)
			.containsExactly("lottery", "mandate");
		assertThat(added.remove("mandate").completionRules().requiredLessons()).containsExactly("lottery");
		assertThat(added.remove("m").modules()).isEmpty();
	}

}
