package academy.agora.web.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language has every text, and no text of its own that English lacks.
 */
class MessageBundleTests {

	private final Languages languages = new Languages();

	@Test
	void theFiveLanguagesOfTheProgrammeAreFound() {
		assertThat(this.languages.all()).extracting(Language::tag)
			.containsExactly("en", "mk", "sq", "sr-Cyrl", "sr-Latn");
	}

	@Test
	void everyBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
		Properties english = load("messages/web.properties");
		for (Language language : this.languages.all()) {
			if (language.tag().equals("en")) {
				continue;
			}
			Properties translated = load("messages/web_" + language.tag().replace('-', '_') + ".properties");
			Set<String> missing = new TreeSet<>(english.stringPropertyNames());
			missing.removeAll(translated.stringPropertyNames());
			Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
			extra.removeAll(english.stringPropertyNames());
			assertThat(missing).as("keys missing from %s", language.tag()).isEmpty();
			assertThat(extra).as("keys of %s that English lacks", language.tag()).isEmpty();
			for (String key : english.stringPropertyNames()) {
				assertThat(translated.getProperty(key)).as("%s in %s", key, language.tag()).isNotBlank();
				assertArgumentsMatch(key, english.getProperty(key), translated.getProperty(key), language.tag());
			}
		}
	}

	@Test
	void eachLanguageNamesItselfInItself() {
		assertThat(this.languages.all()).extracting(Language::name)
			.containsExactly("English", "Македонски", "Shqip", "Српски (ћирилица)", "Srpski (latinica)");
	}

	/** A translation takes the same arguments, and parses as a message format. */
	private static void assertArgumentsMatch(String key, String english, String translated, String tag) {
		for (int i = 0; i < 4; i++) {
			assertThat(translated.contains("{" + i + "}")).as("{%s} in %s of %s", i, key, tag)
				.isEqualTo(english.contains("{" + i + "}"));
		}
		if (english.contains("{0}")) {
			new MessageFormat(translated, Locale.forLanguageTag(tag));
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
