package academy.agora.progress.cohorts.web;

import java.time.LocalDate;

import academy.agora.progress.cohorts.domain.CohortPlan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's plan for a cohort. Dates are ISO calendar days ({@code 2026-03-31}).
 *
 * @param courseId the published course
 * @param name what the cohort is called
 * @param startsOn the first day
 * @param endsOn the last day, not before {@code startsOn} nor in the past
 * @param municipality for an admin, any municipality or none; for a coordinator, their
 * own, which is also what leaving it out means
 */
record CohortRequest(@NotBlank @Size(max = 200) String courseId, @NotBlank @Size(max = 200) String name,
		@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @Size(max = 200) String municipality) {

	CohortPlan plan() {
		return new CohortPlan(this.courseId.strip(), this.name, this.startsOn, this.endsOn, this.municipality);
	}

}
