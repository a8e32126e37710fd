package academy.agora.course.authoring.domain;

import java.util.ArrayList;
import java.util.List;

import academy.agora.events.course.CoursePublished;

/**
 * Builds the {@code CoursePublished} event: the version's whole structure with answer
 * keys, so that progress-service can track and grade from the event alone.
 */
final class PublishedEvent {

	private PublishedEvent() {
	}

	static CoursePublished of(String courseId, CourseVersion version) {
		CourseContent content = version.content();
		String language = content.defaultLanguage();
		List<CoursePublished.Lesson> lessons = new ArrayList<>();
		List<CoursePublished.Module> modules = new ArrayList<>();
		for (Module module : content.modules()) {
			for (Lesson lesson : module.lessons()) {
				lessons.add(new CoursePublished.Lesson(lesson.id(), lesson.title().in(language),
						lesson.title().values(), module.id(), lesson.durationMinutes()));
			}
			modules.add(new CoursePublished.Module(module.id(), module.title().values(),
					module.lessons().stream().map(Lesson::id).toList(),
					module.quizzes().stream().map(Quiz::id).toList()));
		}
		List<CoursePublished.Quiz> quizzes = content.quizzes().stream().map(PublishedEvent::quiz).toList();
		CompletionRules rules = content.effectiveCompletionRules();
		return new CoursePublished(courseId, version.number(), content.title().in(language), language, lessons,
				version.publishedAt(), content.title().values(), modules, quizzes,
				new CoursePublished.CompletionRules(rules.requiredLessons(), rules.requiredQuizzes()), content.topics(),
				content.estimatedHours(), content.languages(), content.certificateApproval());
	}

	private static CoursePublished.Quiz quiz(Quiz quiz) {
		return new CoursePublished.Quiz(quiz.id(), quiz.title().values(), quiz.passMark(), quiz.attemptLimit(),
				quiz.questions()
					.stream()
					.map((question) -> new CoursePublished.Question(question.id(), question.type().name(),
							question.text().values(),
							question.options()
								.stream()
								.map((option) -> new CoursePublished.Option(option.id(), option.text().values(),
										option.correct(), option.feedback().values()))
								.toList()))
					.toList());
	}

}
