package academy.agora.progress.cohorts.web;

import java.time.Instant;
import java.time.LocalDate;

import academy.agora.progress.cohorts.domain.Cohort;

/**
 * A cohort. {@code open} says whether it takes new members today.
 */
record CohortResponse(String id, String name, String courseId, String courseTitle, String municipality,
		LocalDate startsOn, LocalDate endsOn, String joinCode, boolean open, String createdBy, Instant createdAt) {

	static CohortResponse of(Cohort cohort, LocalDate today) {
		return new CohortResponse(cohort.id(), cohort.name(), cohort.courseId(), cohort.courseTitle(),
				cohort.municipality(), cohort.startsOn(), cohort.endsOn(), cohort.joinCode(), cohort.isOpen(today),
				cohort.createdBy(), cohort.createdAt());
	}

}
