package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.List;

/**
 * One graded attempt at a quiz. Attempts are kept with the enrolment, so that a later
 * report can say how each question was answered.
 *
 * @param attemptNumber 1 for the first attempt at the quiz, then one more each time
 * @param score the percentage of questions answered correctly, rounded down
 * @param passed whether the score reached the pass mark
 * @param gradedAt when it was graded
 * @param answers how each question of the quiz was answered, in the quiz's order
 */
public record QuizAttempt(int attemptNumber, int score, boolean passed, Instant gradedAt, List<Answer> answers) {

	public QuizAttempt {
		answers = (answers != null) ? List.copyOf(answers) : List.of();
	}

	/**
	 * The answer to one question.
	 *
	 * @param questionId the question
	 * @param optionIds the options chosen; empty if it was left unanswered
	 * @param correct whether exactly the correct options were chosen
	 */
	public record Answer(String questionId, List<String> optionIds, boolean correct) {

		public Answer {
			optionIds = (optionIds != null) ? List.copyOf(optionIds) : List.of();
		}

	}

}
