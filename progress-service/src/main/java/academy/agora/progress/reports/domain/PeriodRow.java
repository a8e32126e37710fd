package academy.agora.progress.reports.domain;

/**
 * Completions in one period.
 *
 * @param period the day ({@code 2026-03-02}), ISO week ({@code 2026-W10}) or month
 * ({@code 2026-03}), in UTC
 * @param completions how many enrolments were completed in it
 */
public record PeriodRow(String period, long completions) {
}
