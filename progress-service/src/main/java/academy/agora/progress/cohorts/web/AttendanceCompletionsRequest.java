package academy.agora.progress.cohorts.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's record that members of a cohort completed the course by attending its
 * live sessions.
 *
 * @param reason why, such as "attended all four workshops": 1 to 500 characters once
 * trimmed, which the domain checks
 * @param enrolmentIds the members to complete; absent or empty for every member
 */
record AttendanceCompletionsRequest(@NotBlank String reason,
		@Size(max = 10_000) List<@NotBlank @Size(max = 200) String> enrolmentIds) {
}
