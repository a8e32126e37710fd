package academy.agora.progress.cohorts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A learner's request to join a cohort.
 *
 * @param code the join code as typed: case, hyphens and spaces do not matter
 */
record JoinRequest(@NotBlank @Size(max = 40) String code) {
}
