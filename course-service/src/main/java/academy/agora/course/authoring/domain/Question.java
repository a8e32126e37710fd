package academy.agora.course.authoring.domain;

import java.util.List;

/**
 * A quiz question.
 *
 * @param id unique within its quiz
 * @param type single or multiple choice
 * @param text the question by language
 * @param options the options in order
 */
public record Question(String id, QuestionType type, LocalizedText text, List<Option> options) {

	public Question {
		text = (text != null) ? text : LocalizedText.empty();
		options = (options != null) ? List.copyOf(options) : List.of();
	}

	long correctOptions() {
		return this.options.stream().filter(Option::correct).count();
	}

}
