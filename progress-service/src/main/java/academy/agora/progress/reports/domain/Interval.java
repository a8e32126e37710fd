package academy.agora.progress.reports.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The periods completions are counted in. Weeks are ISO weeks (Monday to Sunday, numbered
 * within their week-based year); a period cut by the start or end of the report counts
 * only its days within the report.
 */
public enum Interval {

	/** {@code 2026-03-02}. */
	DAY,

	/** {@code 2026-W10}. */
	WEEK,

	/** {@code 2026-03}. */
	MONTH;

	/**
	 * The interval a request names.
	 * @param name such as {@code week}; case does not matter
	 * @return the interval
	 * @throws InvalidReportException if there is no such interval
	 */
	public static Interval parse(String name) {
		for (Interval interval : values()) {
			if (interval.name().equalsIgnoreCase((name != null) ? name.strip() : "")) {
				return interval;
			}
		}
		throw new InvalidReportException("interval",
				"must be one of " + Arrays.stream(values())
					.map((interval) -> interval.name().toLowerCase(Locale.ROOT))
					.collect(Collectors.joining(", ")));
	}

	/**
	 * The period a day falls in.
	 * @param day the day
	 * @return its label
	 */
	public String period(LocalDate day) {
		return switch (this) {
			case DAY -> day.toString();
			case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
					day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> YearMonth.from(day).toString();
		};
	}

	/**
	 * Adds daily counts up into this interval's periods, every period from the first day
	 * to the last included, with no completions or not.
	 * @param first the first day
	 * @param last the last day
	 * @param perDay the completions per day; days without any may be left out
	 * @return one row per period, in order
	 */
	public List<PeriodRow> fold(LocalDate first, LocalDate last, Map<LocalDate, Long> perDay) {
		Map<String, Long> periods = new LinkedHashMap<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			periods.merge(period(day), perDay.getOrDefault(day, 0L), Long::sum);
		}
		List<PeriodRow> rows = new ArrayList<>(periods.size());
		periods.forEach((period, completions) -> rows.add(new PeriodRow(period, completions)));
		return rows;
	}

}
