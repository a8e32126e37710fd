package academy.agora.web.coordination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The spans the "completions over time" chart covers, and the names of its periods in the
 * reader's language. progress-service names periods {@code 2026-03-02} (a day),
 * {@code 2026-W10} (an ISO week) or {@code 2026-03} (a month).
 */
enum Periods {

	/** The last twelve weeks, Monday to Sunday, this one included. */
	WEEKS("week", 12),

	/** The last twelve months, this one included. */
	MONTHS("month", 12);

	private final String interval;

	private final int count;

	Periods(String interval, int count) {
		this.interval = interval;
		this.count = count;
	}

	static Periods of(String name) {
		return "months".equals(name) ? MONTHS : WEEKS;
	}

	String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	String interval() {
		return this.interval;
	}

	/**
	 * The first day of the span ending today.
	 * @param today today
	 * @return the first day of its first period
	 */
	LocalDate from(LocalDate today) {
		return switch (this) {
			case WEEKS -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(this.count - 1);
			case MONTHS -> today.withDayOfMonth(1).minusMonths(this.count - 1);
		};
	}

	/**
	 * A period's short name for below a column, such as {@code 2 Mar} or
	 * {@code Mar 2026}.
	 * @param period the period as progress-service names it
	 * @param locale the reader's language
	 * @return the name, or the period as it came if it cannot be read
	 */
	static String shortName(String period, Locale locale) {
		return start(period).map((start) -> {
			if (period.length() == 7) {
				return DateTimeFormatter.ofPattern("LLL yyyy", locale).format(start);
			}
			return DateTimeFormatter.ofPattern("d MMM", locale).format(start);
		}).orElse(period);
	}

	/**
	 * A period's full name for the table, such as {@code 2 March 2026} (the Monday a week
	 * starts on) or {@code March 2026}.
	 * @param period the period as progress-service names it
	 * @param locale the reader's language
	 * @return the name, or the period as it came if it cannot be read
	 */
	static String longName(String period, Locale locale) {
		return start(period).map((start) -> {
			if (period.length() == 7) {
				return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(start);
			}
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(start);
		}).orElse(period);
	}

	/**
	 * The first day of a period.
	 * @param period such as {@code 2026-W10}
	 * @return its first day, or empty if it is no period
	 */
	static Optional<LocalDate> start(String period) {
		try {
			if (period.matches("\\d{4}-W\\d{2}")) {
				int year = Integer.parseInt(period.substring(0, 4));
				int week = Integer.parseInt(period.substring(6));
				return Optional.of(LocalDate.of(year, 1, 4)
					.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
			}
			if (period.matches("\\d{4}-\\d{2}")) {
				return Optional.of(YearMonth.parse(period).atDay(1));
			}
			if (period.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return Optional.of(LocalDate.parse(period));
			}
		}
		catch (RuntimeException ex) {
			// Not a period we can read: shown as it came.
		}
		return Optional.empty();
	}

}
