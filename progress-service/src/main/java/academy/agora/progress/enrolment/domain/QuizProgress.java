package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import academy.agora.progress.courses.domain.Grade;

/**
 * A quiz of the enrolled course version and the learner's attempts at it. Pass mark and
 * attempt limit are those of the enrolled version, kept here so that grading an attempt
 * never depends on what is published later.
 * <p>
 * Only the latest {@value #KEPT_ATTEMPTS} attempts are kept in full; the count, the best
 * score and whether any attempt passed are kept as running figures. A quiz without an
 * attempt limit would otherwise let one enrolment document grow until MongoDB refuses to
 * store it (16 MB), and the learner could then no longer record anything.
 *
 * @param quizId the quiz
 * @param moduleId the module it belongs to, {@code null} if none
 * @param passMark the score, in percent, that passes
 * @param attemptLimit how many attempts the version allows, {@code null} for no limit
 * @param extraAttempts attempts a coordinator granted on top of the limit
 * @param attempts the latest attempts, oldest first
 * @param attemptsUsed how many attempts the learner made in all
 * @param bestScore the best score of any attempt, {@code null} before the first
 * @param passed whether any attempt passed
 */
public record QuizProgress(String quizId, String moduleId, int passMark, Integer attemptLimit, int extraAttempts,
		List<QuizAttempt> attempts, int attemptsUsed, Integer bestScore, boolean passed) {

	/** How many attempts are kept in full. */
	public static final int KEPT_ATTEMPTS = 10;

	/** The most attempts a coordinator may grant on top of a quiz's limit. */
	public static final int MAX_EXTRA_ATTEMPTS = 20;

	/**
	 * Reconciles the running figures with the kept attempts, so that a document written
	 * before the figures existed reads correctly.
	 */
	public QuizProgress {
		attempts = (attempts != null) ? List.copyOf(attempts) : List.of();
		for (QuizAttempt attempt : attempts) {
			attemptsUsed = Math.max(attemptsUsed, attempt.attemptNumber());
			bestScore = (bestScore == null) ? attempt.score() : Math.max(bestScore, attempt.score());
			passed = passed || attempt.passed();
		}
	}

	/**
	 * A quiz not attempted yet.
	 * @param quizId the quiz
	 * @param moduleId its module, or {@code null}
	 * @param passMark its pass mark
	 * @param attemptLimit its attempt limit, or {@code null}
	 * @return the quiz's progress
	 */
	public static QuizProgress notAttempted(String quizId, String moduleId, int passMark, Integer attemptLimit) {
		return new QuizProgress(quizId, moduleId, passMark, attemptLimit, 0, List.of(), 0, null, false);
	}

	/**
	 * How many attempts are left.
	 * @return the number left, or {@code null} if there is no limit
	 */
	public Integer attemptsLeft() {
		return (this.attemptLimit != null) ? Math.max(0, this.attemptLimit + this.extraAttempts - this.attemptsUsed)
				: null;
	}

	void ensureAnAttemptIsLeft() {
		Integer left = attemptsLeft();
		if (left != null && left == 0) {
			throw new AttemptLimitReachedException(this.quizId, this.attemptLimit + this.extraAttempts);
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
		attempts
			.add(new QuizAttempt(this.attemptsUsed + 1, grade.score(), grade.score() >= this.passMark, now, answers));
		List<QuizAttempt> kept = attempts.subList(Math.max(0, attempts.size() - KEPT_ATTEMPTS), attempts.size());
		return new QuizProgress(this.quizId, this.moduleId, this.passMark, this.attemptLimit, this.extraAttempts, kept,
				this.attemptsUsed, this.bestScore, this.passed);
	}

	/**
	 * The same attempts under the settings of another version of the quiz, for a move to
	 * a newer version. Attempts granted by a coordinator stay granted.
	 */
	QuizProgress under(String moduleId, int passMark, Integer attemptLimit) {
		return new QuizProgress(this.quizId, moduleId, passMark, attemptLimit, this.extraAttempts, this.attempts,
				this.attemptsUsed, this.bestScore, this.passed);
	}

	/**
	 * Grants attempts beyond the quiz's limit, for a learner who used them all without
	 * passing a quiz they need.
	 * @param count how many more
	 * @return the quiz afterwards
	 * @throws IllegalArgumentException if the count is not between 1 and
	 * {@value #MAX_EXTRA_ATTEMPTS} in all
	 */
	QuizProgress grant(int count) {
		if (count < 1 || this.extraAttempts + count > MAX_EXTRA_ATTEMPTS) {
			throw new InvalidGrantException(this.quizId,
					"between 1 and " + (MAX_EXTRA_ATTEMPTS - this.extraAttempts) + " more attempts can be granted");
		}
		if (this.attemptLimit == null) {
			throw new InvalidGrantException(this.quizId, "the quiz has no attempt limit");
		}
		if (this.passed) {
			throw new InvalidGrantException(this.quizId, "the learner passed the quiz already");
		}
		return new QuizProgress(this.quizId, this.moduleId, this.passMark, this.attemptLimit,
				this.extraAttempts + count, this.attempts, this.attemptsUsed, this.bestScore, this.passed);
	}

	QuizAttempt lastAttempt() {
		return this.attempts.get(this.attempts.size() - 1);
	}

}
