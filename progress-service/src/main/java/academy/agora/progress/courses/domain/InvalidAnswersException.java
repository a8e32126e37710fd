package academy.agora.progress.courses.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers to a quiz named questions it does not have, or options their question does not
 * have. Nothing was graded.
 */
public class InvalidAnswersException extends RuntimeException {

	private final List<String> unknownQuestionIds;

	private final Map<String, List<String>> unknownOptionIds;

	public InvalidAnswersException(String quizId, List<String> unknownQuestionIds,
			Map<String, List<String>> unknownOptionIds) {
		super(message(quizId, unknownQuestionIds, unknownOptionIds));
		this.unknownQuestionIds = List.copyOf(unknownQuestionIds);
		this.unknownOptionIds = Collections.unmodifiableMap(new LinkedHashMap<>(unknownOptionIds));
	}

	/**
	 * Question ids the quiz does not have.
	 * @return the ids, in the order given
	 */
	public List<String> unknownQuestionIds() {
		return this.unknownQuestionIds;
	}

	/**
	 * Option ids their question does not have.
	 * @return the unknown option ids by question id
	 */
	public Map<String, List<String>> unknownOptionIds() {
		return this.unknownOptionIds;
	}

	private static String message(String quizId, List<String> questions, Map<String, List<String>> options) {
		StringBuilder message = new StringBuilder("The answers do not match quiz ").append(quizId).append(':');
		if (!questions.isEmpty()) {
			message.append(" it has no question ").append(String.join(", ", questions)).append(';');
		}
		options.forEach((question, ids) -> message.append(" question ")
			.append(question)
			.append(" has no option ")
			.append(String.join(", ", ids))
			.append(';'));
		message.setLength(message.length() - 1);
		return message.append('.').toString();
	}

}
