package academy.agora.course.authoring.domain;

import java.util.List;

/**
 * What a learner must do to complete a course.
 *
 * @param requiredLessons ids of the lessons to complete
 * @param requiredQuizzes ids of the quizzes to pass
 */
public record CompletionRules(List<String> requiredLessons, List<String> requiredQuizzes) {

	public CompletionRules {
		requiredLessons = (requiredLessons != null) ? List.copyOf(requiredLessons) : List.of();
		requiredQuizzes = (requiredQuizzes != null) ? List.copyOf(requiredQuizzes) : List.of();
	}

}
