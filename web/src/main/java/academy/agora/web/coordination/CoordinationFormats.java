package academy.agora.web.coordination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Calendar days as the reader's language writes them, for the coordination templates:
 * {@code ${@coordinationFormats.day(cohort.startsOn, #locale)}}. Cohorts are planned in
 * days, not instants, so they need no time zone.
 */
@Component("coordinationFormats")
public class CoordinationFormats {

	public String day(LocalDate day, Locale locale) {
		return (day != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day) : "";
	}

	public String shortDay(LocalDate day, Locale locale) {
		return (day != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day)
				: "";
	}

}
