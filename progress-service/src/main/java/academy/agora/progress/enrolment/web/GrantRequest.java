package academy.agora.progress.enrolment.web;

import academy.agora.progress.enrolment.domain.QuizProgress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Attempts to grant at a quiz.
 *
 * @param count how many more attempts
 */
record GrantRequest(@NotNull @Min(1) @Max(QuizProgress.MAX_EXTRA_ATTEMPTS) Integer count) {
}
