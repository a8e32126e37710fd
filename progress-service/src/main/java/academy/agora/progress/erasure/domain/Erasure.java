package academy.agora.progress.erasure.domain;

import java.time.Instant;

/**
 * An erasure as done.
 *
 * @param learnerId the erased learner
 * @param erasedAt when; what the learner did up to this moment is gone
 * @param enrolmentsErased how many enrolments were removed here
 */
public record Erasure(String learnerId, Instant erasedAt, long enrolmentsErased) {
}
