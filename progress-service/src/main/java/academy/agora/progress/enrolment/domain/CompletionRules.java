package academy.agora.progress.enrolment.domain;

import java.util.List;

/**
 * What completes an enrolment, as the enrolled course version defined it.
 *
 * @param requiredLessonIds lessons that must be completed
 * @param requiredQuizIds quizzes that must be passed
 */
public record CompletionRules(List<String> requiredLessonIds, List<String> requiredQuizIds) {

	public CompletionRules {
		requiredLessonIds = (requiredLessonIds != null) ? List.copyOf(requiredLessonIds) : List.of();
		requiredQuizIds = (requiredQuizIds != null) ? List.copyOf(requiredQuizIds) : List.of();
	}

	public boolean requiresLesson(String lessonId) {
		return this.requiredLessonIds.contains(lessonId);
	}

	public boolean requiresQuiz(String quizId) {
		return this.requiredQuizIds.contains(quizId);
	}

}
