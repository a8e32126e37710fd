package academy.agora.progress.courses.domain;

import java.util.List;

/**
 * The outcome of grading one set of answers against a quiz's key.
 *
 * @param quizId the quiz
 * @param score the percentage of questions answered correctly, rounded down
 * @param questions each question's grade, in the quiz's order
 */
public record Grade(String quizId, int score, List<QuestionGrade> questions) {

	public Grade {
		questions = List.copyOf(questions);
	}

	/**
	 * How one question was answered.
	 *
	 * @param questionId the question
	 * @param chosenOptionIds the options the learner chose, without repeats, in the order
	 * given; empty if the question was left unanswered
	 * @param correct whether exactly the correct options were chosen
	 */
	public record QuestionGrade(String questionId, List<String> chosenOptionIds, boolean correct) {

		public QuestionGrade {
			chosenOptionIds = List.copyOf(chosenOptionIds);
		}

	}

}
