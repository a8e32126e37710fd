package academy.agora.events.progress;

import java.time.Instant;
import java.util.Objects;

import academy.agora.events.Event;

/**
 * Emitted for every quiz attempt a learner submits, once it is graded and stored. An
 * attempt refused because the quiz's attempt limit was reached, or because its answers
 * name questions or options the quiz does not have, is not stored and emits nothing.
 *
 * @param enrolmentId the enrolment
 * @param learnerId the learner's subject at the identity provider
 * @param courseId the course
 * @param courseVersion the version the learner follows, whose answer keys graded it
 * @param quizId the quiz
 * @param attemptNumber 1 for the learner's first attempt at this quiz, then one more per
 * attempt
 * @param score the percentage of questions answered correctly, rounded down
 * @param passed whether the score reached the quiz's pass mark
 * @param gradedAt when it was graded
 */
public record QuizGraded(String enrolmentId, String learnerId, String courseId, int courseVersion, String quizId,
		int attemptNumber, int score, boolean passed, Instant gradedAt) implements Event {

	public QuizGraded {
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(learnerId, "learnerId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(quizId, "quizId");
		Objects.requireNonNull(gradedAt, "gradedAt");
	}

	@Override
	public String key() {
		return this.learnerId;
	}

}
