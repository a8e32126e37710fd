package academy.agora.progress.cohorts.domain;

import java.time.LocalDate;

/**
 * What a coordinator asks for when they plan a cohort.
 *
 * @param courseId the published course the cohort follows
 * @param name what the cohort is called, such as "Ohrid, spring 2026"
 * @param startsOn the first day
 * @param endsOn the last day; the cohort takes new members until it has passed
 * @param municipality the municipality the cohort is for; {@code null} for the
 * coordinator's own
 */
public record CohortPlan(String courseId, String name, LocalDate startsOn, LocalDate endsOn, String municipality) {
}
