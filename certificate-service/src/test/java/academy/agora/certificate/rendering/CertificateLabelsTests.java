package academy.agora.certificate.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateLabelsTests {

	static final List<String> LANGUAGES = List.of("en", "sq", "mk", "sr-Latn", "sr-Cyrl", "bs", "hr", "sl", "bg", "ro",
			"el", "tr", "lt");

	private static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);

	@ParameterizedTest
	@MethodSource("otherThanEnglish")
	void everyLanguageHasLabelsOfItsOwn(String tag) {
		CertificateLabels labels = CertificateLabels.forLanguage(Locale.forLanguageTag(tag));

		assertThat(labels.locale().toLanguageTag()).isEqualTo(tag);
		assertThat(labels.get("title")).isNotEqualTo("Certificate of completion");
		assertThat(labels.get("verificationCode")).isNotEqualTo("Verification code");
	}

	@ParameterizedTest
	@MethodSource("bundleFiles")
	void everyBundleHasExactlyTheKeysOfTheEnglishOne(String file) throws IOException {
		// Read the file itself: a bundle inherits missing keys from English, which hides
		// them.
		Properties english = properties("certificate.properties");
		Properties translated = properties(file);

		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(translated.values()).allSatisfy((label) -> assertThat((String) label).isNotBlank());
	}

	@Test
	void serbianScriptsAreBundlesOfTheirOwn() {
		ResourceBundle.Control control = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

		assertThat(control.toBundleName(CertificateLabels.BUNDLE, Locale.forLanguageTag("sr-Latn")))
			.isEqualTo("messages.certificate_sr_Latn");
		assertThat(control.toBundleName(CertificateLabels.BUNDLE, Locale.forLanguageTag("sr-Cyrl")))
			.isEqualTo("messages.certificate_sr_Cyrl");
		assertThat(CertificateLabels.forLanguage(Locale.forLanguageTag("sr-Latn")).get("title"))
			.isEqualTo("Sertifikat o završenom kursu");
		assertThat(CertificateLabels.forLanguage(Locale.forLanguageTag("sr-Cyrl")).get("title"))
			.isEqualTo("Сертификат о завршеном курсу");
	}

	@Test
	void plainSerbianIsWrittenInCyrillic() {
		CertificateLabels serbian = CertificateLabels.forLanguage(Locale.forLanguageTag("sr"));
		CertificateLabels serbianInSerbia = CertificateLabels.forLanguage(Locale.forLanguageTag("sr-RS"));

		assertThat(serbian.get("title")).isEqualTo("Сертификат о завршеном курсу");
		assertThat(serbian.date(MARCH_12)).contains("март");
		assertThat(serbianInSerbia.locale().toLanguageTag()).isEqualTo("sr-Cyrl-RS");
	}

	@Test
	void aLanguageWithoutLabelsGetsEnglishWhateverTheServersLanguage() {
		Locale serverLanguage = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("mk"));
		try {
			CertificateLabels german = CertificateLabels.forLanguage(Locale.GERMAN);

			assertThat(german.get("title")).isEqualTo("Certificate of completion");
			assertThat(german.locale()).isEqualTo(Locale.ENGLISH);
			assertThat(german.date(MARCH_12)).isEqualTo("March 12, 2026");
		}
		finally {
			Locale.setDefault(serverLanguage);
		}
	}

	@Test
	void datesAreWrittenInTheLanguageOfTheLabels() {
		assertThat(date("mk")).isEqualTo("12 март 2026");
		assertThat(date("sr-Latn")).isEqualTo("12. mart 2026.");
		assertThat(date("sr-Cyrl")).isEqualTo("12. март 2026.");
		assertThat(date("hr")).isEqualTo("12. ožujka 2026.");
		assertThat(date("el")).isEqualTo("12 Μαρτίου 2026");
		assertThat(date("tr")).isEqualTo("12 Mart 2026");
		// Labels in Bosnian, so the date too, not in Cyrillic.
		assertThat(date("bs-Cyrl")).isEqualTo(date("bs"));
		// English keeps the reader's region.
		assertThat(date("en-GB")).isEqualTo("12 March 2026");
	}

	private static String date(String tag) {
		return CertificateLabels.forLanguage(Locale.forLanguageTag(tag)).date(MARCH_12);
	}

	private static Properties properties(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CertificateLabelsTests.class.getResourceAsStream("/messages/" + file)) {
			assertThat(in).as(file).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static List<String> otherThanEnglish() {
		return LANGUAGES.subList(1, LANGUAGES.size());
	}

	static List<String> bundleFiles() {
		return otherThanEnglish().stream()
			.map((tag) -> "certificate_" + tag.replace('-', '_') + ".properties")
			.toList();
	}

}
