package academy.agora.course.authoring.domain;

import java.util.List;

/**
 * A quiz at the end of a module.
 *
 * @param id unique within the course
 * @param title the quiz title by language
 * @param passMark the percentage of questions to answer correctly to pass, 1 to 100;
 * drafts may leave it open
 * @param attemptLimit how many attempts a learner has, or {@code null} for no limit
 * @param questions the questions in order
 */
public record Quiz(String id, LocalizedText title, Integer passMark, Integer attemptLimit, List<Question> questions) {

	public Quiz {
		title = (title != null) ? title : LocalizedText.empty();
		questions = (questions != null) ? List.copyOf(questions) : List.of();
	}

}
