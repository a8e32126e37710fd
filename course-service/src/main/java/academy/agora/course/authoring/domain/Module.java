package academy.agora.course.authoring.domain;

import java.util.List;

/**
 * A module: lessons to read, then quizzes to take.
 *
 * @param id unique within the course
 * @param title the module title by language
 * @param lessons the lessons in reading order
 * @param quizzes the quizzes in order
 */
public record Module(String id, LocalizedText title, List<Lesson> lessons, List<Quiz> quizzes) {

	public Module {
		title = (title != null) ? title : LocalizedText.empty();
		lessons = (lessons != null) ? List.copyOf(lessons) : List.of();
		quizzes = (quizzes != null) ? List.copyOf(quizzes) : List.of();
	}

}
