package academy.agora.progress.enrolment.web;

import java.time.Instant;
import java.util.List;

import academy.agora.progress.enrolment.domain.Enrolment;
import academy.agora.progress.enrolment.domain.GradedAttempt;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A graded quiz attempt.
 */
record AttemptResponse(String enrolmentId, String quizId, int attemptNumber, int score, boolean passed, int passMark,
		Integer attemptsLeft, int bestScore, boolean quizPassed, boolean answersRevealed, String language,
		List<QuestionResponse> questions, Instant gradedAt, Enrolment.Status enrolmentStatus) {

	static AttemptResponse of(GradedAttempt graded) {
		return new AttemptResponse(graded.enrolment().id(), graded.quiz().quizId(), graded.attempt().attemptNumber(),
				graded.attempt().score(), graded.attempt().passed(), graded.quiz().passMark(),
				graded.quiz().attemptsLeft(), graded.quiz().bestScore(), graded.quiz().passed(),
				graded.answersRevealed(), graded.language(),
				graded.questions()
					.stream()
					.map((question) -> new QuestionResponse(question.questionId(), question.correct(),
							question.feedback()
								.stream()
								.map((feedback) -> new FeedbackResponse(feedback.optionId(), feedback.text()))
								.toList(),
							question.correctOptionIds()))
					.toList(),
				graded.attempt().gradedAt(), graded.enrolment().status());
	}

	/**
	 * One question's result. {@code correctOptionIds} is left out, not sent as
	 * {@code null}, while the answers are not revealed.
	 */
	record QuestionResponse(String questionId, boolean correct, List<FeedbackResponse> feedback,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<String> correctOptionIds) {
	}

	record FeedbackResponse(String optionId, String text) {
	}

}
