package academy.agora.web.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and numbers as the reader's language writes them, for templates:
 * {@code ${@formats.date(enrolment.enrolledAt, #locale)}}.
 */
@Component("formats")
public class Formats {

	/**
	 * Central European Time, which every country the programme serves keeps. A per-person
	 * zone would need a setting nobody asked for yet.
	 */
	static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

	public String date(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE).format(instant);
	}

	public String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZONE)
			.format(instant);
	}

	public String number(Number number, Locale locale) {
		return (number != null) ? NumberFormat.getNumberInstance(locale).format(number) : "";
	}

	/**
	 * A whole percentage, such as {@code 75 %} or {@code 75%} as the language writes it.
	 * @param percent from 0 to 100
	 * @param locale the reader's language
	 * @return the text
	 */
	public String percent(int percent, Locale locale) {
		return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
	}

	/**
	 * The name of a content language in the reader's language, such as {@code македонски}
	 * for {@code mk} read in Macedonian.
	 * @param tag the language tag
	 * @param locale the reader's language
	 * @return the name
	 */
	public String languageName(String tag, Locale locale) {
		Locale language = Locale.forLanguageTag(tag);
		String name = language.getDisplayName(locale);
		return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
