package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import academy.agora.progress.courses.domain.Grade;

/**
 * A quiz of the enrolled course version and the learner's attempts at it. Pass mark and
 * attempt limit are those of the enrolled version, kept here so that grading an attempt
 * never depends on what is published later.
 *
 * @param quizId the quiz
 * @param moduleId the module it belongs to, {@code null} if none
 * @param passMark the score, in percent, that passes
 * @param attemptLimit how many attempts the learner has, {@code null} for no limit
 * @param attempts the learner's attempts, oldest first
 */
public record QuizProgress(String quizId, String moduleId, int passMark, Integer attemptLimit,
		List<QuizAttempt> attempts) {

	public QuizProgress {
		attempts = (attempts != null) ? List.copyOf(attempts) : List.of();
	}

	public int attemptsUsed() {
		return this.attempts.size();
	}

	/**
	 * How many attempts are left.
	 * @return the number left, or {@code null} if there is no limit
	 */
	public Integer attemptsLeft() {
		return (this.attemptLimit != null) ? Math.max(0, this.attemptLimit - this.attempts.size()) : null;
	}

	/**
	 * The best score of any attempt; this is the score that counts.
	 * @return the best score, or {@code null} before the first attempt
	 */
	public Integer bestScore() {
		return this.attempts.stream().map(QuizAttempt::score).max(Integer::compare).orElse(null);
	}

	/**
	 * Whether any attempt passed. A later, weaker attempt does not undo a pass.
	 * @return {@code true} once passed
	 */
	public boolean passed() {
		return this.attempts.stream().anyMatch(QuizAttempt::passed);
	}

	void ensureAnAttemptIsLeft() {
		Integer left = attemptsLeft();
		if (left != null && left == 0) {
			throw new AttemptLimitReachedException(this.quizId, this.attemptLimit);
		}
	}

	QuizProgress attempt(Grade grade, Instant now) {
		ensureAnAttemptIsLeft();
		List<QuizAttempt.Answer> answers = grade.questions()
			.stream()
			.map((question) -> new QuizAttempt.Answer(question.questionId(), question.chosenOptionIds(),
					question.correct()))
			.toList();
		List<QuizAttempt> attempts = new ArrayList<>(this.attempts);
		attempts.add(
				new QuizAttempt(this.attempts.size() + 1, grade.score(), grade.score() >= this.passMark, now, answers));
		return new QuizProgress(this.quizId, this.moduleId, this.passMark, this.attemptLimit, attempts);
	}

	QuizAttempt lastAttempt() {
		return this.attempts.get(this.attempts.size() - 1);
	}

}
