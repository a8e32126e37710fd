package academy.agora.progress.enrolment.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A coordinator's record that a learner completed the course by attending its live
 * sessions.
 *
 * @param reason why, such as "attended all four workshops": 1 to 500 characters once
 * trimmed, which the domain checks
 */
record AttendanceRequest(@NotBlank String reason) {
}
