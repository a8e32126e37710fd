package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import academy.agora.events.course.CoursePublished;
import org.junit.jupiter.api.Test;

import static academy.agora.course.authoring.domain.Fixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

class PublishedEventTests {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	private static CoursePublished published(CourseContent content) {
		return (CoursePublished) Course.create("c-1", "elira", content).publish(NOW).events().get(0);
	}

	@Test
	void theEventCarriesTheWholeStructureInEveryLanguage() {
		CoursePublished event = published(content());

		assertThat(event.courseId()).isEqualTo("c-1");
		assertThat(event.version()).isEqualTo(1);
		assertThat(event.publishedAt()).isEqualTo(NOW);
		assertThat(event.title()).isEqualTo("Citizens' assemblies");
		assertThat(event.language()).isEqualTo("en");
		assertThat(event.titles()).isEqualTo(Map.of("en", "Citizens' assemblies", "mk", "Граѓански собранија"));
		assertThat(event.languages()).containsExactly("en", "mk");
		assertThat(event.topics()).containsExactly("citizens-assembly", "civic-lottery");
		assertThat(event.estimatedHours()).isEqualTo(4);
		assertThat(event.certificateApproval()).isFalse();
		assertThat(event.lessons()).containsExactly(
				new CoursePublished.Lesson("what", "What it is", Map.of("en", "What it is", "mk", "What it is (мк)"),
						"basics", 10),
				new CoursePublished.Lesson("when", "When it fits",
						Map.of("en", "When it fits", "mk", "When it fits (мк)"), "basics", 10),
				new CoursePublished.Lesson("draw", "The draw", Map.of("en", "The draw", "mk", "The draw (мк)"),
						"lottery", 10));
		assertThat(event.modules()).containsExactly(
				new CoursePublished.Module("basics", Map.of("en", "Basics", "mk", "Основи"), List.of("what", "when"),
						List.of("basics-quiz")),
				new CoursePublished.Module("lottery", Map.of("en", "The lottery", "mk", "Лотаријата"), List.of("draw"),
						List.of()));
		assertThat(event.completionRules())
			.isEqualTo(new CoursePublished.CompletionRules(List.of("what", "when", "draw"), List.of("basics-quiz")));
	}

	@Test
	void quizzesTravelWithTheirAnswerKeysAndFeedback() {
		CoursePublished.Quiz quiz = published(content()).quizzes().get(0);

		assertThat(quiz.quizId()).isEqualTo("basics-quiz");
		assertThat(quiz.passMark()).isEqualTo(70);
		assertThat(quiz.attemptLimit()).isEqualTo(3);
		assertThat(quiz.questions()).extracting(CoursePublished.Question::type).containsExactly("SINGLE", "MULTIPLE");
		CoursePublished.Question multiple = quiz.questions().get(1);
		assertThat(multiple.options()).extracting(CoursePublished.Option::correct).containsExactly(true, true, false);
		assertThat(multiple.options().get(0).feedback()).isEqualTo(Map.of("en", "Because a"));
		assertThat(multiple.texts()).containsEntry("mk", "Што помага?");
	}

	@Test
	void withoutCompletionRulesTheEventRequiresEveryLessonAndQuiz() {
		CourseContent content = content();
		CourseContent withoutRules = new CourseContent(content.defaultLanguage(), content.title(), content.summary(),
				content.outcomes(), content.topics(), content.estimatedHours(), content.modules(), null, false);

		assertThat(published(withoutRules).completionRules())
			.isEqualTo(new CoursePublished.CompletionRules(List.of("what", "when", "draw"), List.of("basics-quiz")));
	}

	@Test
	void askingForCertificateApprovalIsAChangeToPublishAndOnlyTheNewVersionCarriesIt() {
		Course first = Course.create("c-1", "elira", content()).publish(NOW).course();
		CourseContent content = first.draft();
		Course asking = first.replaceDraft(new CourseContent(content.defaultLanguage(), content.title(),
				content.summary(), content.outcomes(), content.topics(), content.estimatedHours(), content.modules(),
				content.completionRules(), true));

		assertThat(asking.hasUnpublishedChanges()).isTrue();
		Course.Publication second = asking.publish(NOW.plusSeconds(60));
		CoursePublished event = (CoursePublished) second.events().get(0);
		assertThat(event.version()).isEqualTo(2);
		assertThat(event.certificateApproval()).isTrue();
		assertThat(event.estimatedHours()).isEqualTo(4);
		assertThat(second.course().version(1).orElseThrow().content().certificateApproval()).isFalse();
		assertThat(second.course().version(2).orElseThrow().content().certificateApproval()).isTrue();
	}

}
