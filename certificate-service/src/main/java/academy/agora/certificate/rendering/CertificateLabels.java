package academy.agora.certificate.rendering;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words printed on a certificate, and on its verification page, in one language.
 */
public final class CertificateLabels {

	/**
	 * The zone that turns moments of completion and issue into the days printed on
	 * certificates and shown on the verification page, so both show the same day. The
	 * programme's learners are in Central and South-East Europe (UTC+1 to UTC+3): only a
	 * completion in the first hour or two after midnight in Greece, Bulgaria, Romania,
	 * Lithuania or Turkey shows the day before.
	 */
	public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

	static final String BUNDLE = "messages.certificate";

	// Without it, a language we have no bundle for would get the JVM's default
	// language rather than English.
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final ResourceBundle bundle;

	private final Locale locale;

	private final DateTimeFormatter dates;

	private CertificateLabels(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
	}

	/**
	 * The labels for a language, in English if there are none for it.
	 * @param language the wanted language, such as {@code mk} or {@code sr-Latn}
	 * @return the labels
	 */
	public static CertificateLabels forLanguage(Locale language) {
		Locale wanted = language;
		if (language.getLanguage().equals("sr") && language.getScript().isEmpty()) {
			wanted = new Locale.Builder().setLocale(language).setScript("Cyrl").build();
		}
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, wanted, NO_FALLBACK);
		return new CertificateLabels(bundle, textLocale(wanted, bundle.getLocale()));
	}

	/**
	 * The locale the labels are in: the wanted one, region included, if a bundle of its
	 * language and script was found, so dates follow the same language as the words.
	 */
	private static Locale textLocale(Locale wanted, Locale found) {
		Locale language = found.equals(Locale.ROOT) ? Locale.ENGLISH : found;
		boolean same = language.getLanguage().equals(wanted.getLanguage())
				&& language.getScript().equals(wanted.getScript());
		return same ? wanted : language;
	}

	/**
	 * A label.
	 * @param key a key of {@code messages/certificate.properties}, such as
	 * {@code verificationCode}
	 * @return the label
	 * @throws java.util.MissingResourceException if there is no such key
	 */
	public String get(String key) {
		return this.bundle.getString(key);
	}

	/**
	 * A day in the long form of the labels' language, such as "12 март 2026".
	 * @param day the day
	 * @return the formatted day
	 */
	public String date(LocalDate day) {
		return this.dates.format(day);
	}

	public Locale locale() {
		return this.locale;
	}

}
