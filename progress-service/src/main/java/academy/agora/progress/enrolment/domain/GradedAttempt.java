package academy.agora.progress.enrolment.domain;

import java.util.List;

import academy.agora.progress.courses.domain.CourseVersion;

/**
 * What a learner is told about an attempt they submitted, once it is stored. The correct
 * options are revealed only when the attempt passed or no attempt is left: before that,
 * they would hand the learner the answers to their next attempt.
 *
 * @param enrolment the enrolment afterwards
 * @param quiz the quiz's progress afterwards
 * @param attempt the attempt
 * @param language the language the feedback is in
 * @param answersRevealed whether {@code correctOptionIds} are given
 * @param questions each question's result, in the quiz's order
 */
public record GradedAttempt(Enrolment enrolment, QuizProgress quiz, QuizAttempt attempt, String language,
		boolean answersRevealed, List<QuestionResult> questions) {

	public GradedAttempt {
		questions = List.copyOf(questions);
	}

	static GradedAttempt of(Enrolment enrolment, String quizId, CourseVersion.Quiz key, String language,
			String fallbackLanguage) {
		QuizProgress quiz = enrolment.quiz(quizId);
		QuizAttempt attempt = quiz.lastAttempt();
		Integer left = quiz.attemptsLeft();
		boolean reveal = attempt.passed() || (left != null && left == 0);
		List<QuestionResult> questions = attempt.answers().stream().map((answer) -> {
			CourseVersion.Question question = key.question(answer.questionId()).orElseThrow();
			List<OptionFeedback> feedback = answer.optionIds()
				.stream()
				.map((optionId) -> new OptionFeedback(optionId,
						question.option(optionId)
							.map((option) -> Languages.text(option.feedback(), language, fallbackLanguage))
							.orElse(null)))
				.toList();
			return new QuestionResult(answer.questionId(), answer.correct(), feedback,
					reveal ? question.correctOptionIds() : null);
		}).toList();
		return new GradedAttempt(enrolment, quiz, attempt, language, reveal, questions);
	}

	/**
	 * The result of one question.
	 *
	 * @param questionId the question
	 * @param correct whether exactly the correct options were chosen
	 * @param feedback the feedback on each chosen option
	 * @param correctOptionIds the right answer, or {@code null} while it is not revealed
	 */
	public record QuestionResult(String questionId, boolean correct, List<OptionFeedback> feedback,
			List<String> correctOptionIds) {

		public QuestionResult {
			feedback = List.copyOf(feedback);
			correctOptionIds = (correctOptionIds != null) ? List.copyOf(correctOptionIds) : null;
		}

	}

	/**
	 * What a learner who chose an option is told.
	 *
	 * @param optionId the option
	 * @param text the feedback in the reader's language, or in the course's default
	 * language if it was not translated; {@code null} if the author wrote none
	 */
	public record OptionFeedback(String optionId, String text) {
	}

}
