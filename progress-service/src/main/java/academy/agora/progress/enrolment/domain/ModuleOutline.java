package academy.agora.progress.enrolment.domain;

import java.util.List;

/**
 * A module of the enrolled course version: which lessons and quizzes it holds, in order.
 *
 * @param moduleId the module
 * @param lessonIds its lessons
 * @param quizIds its quizzes
 */
public record ModuleOutline(String moduleId, List<String> lessonIds, List<String> quizIds) {

	public ModuleOutline {
		lessonIds = (lessonIds != null) ? List.copyOf(lessonIds) : List.of();
		quizIds = (quizIds != null) ? List.copyOf(quizIds) : List.of();
	}

}
