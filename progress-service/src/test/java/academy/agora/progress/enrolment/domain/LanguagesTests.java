package academy.agora.progress.enrolment.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

	private static final List<String> OFFERED = List.of("en", "sr-Latn", "mk");

	@Test
	void theFirstPreferenceTheCourseOffersWins() {
		assertThat(choose("de, mk;q=0.8, en;q=0.5", "sr-Latn")).isEqualTo("mk");
		assertThat(choose(null, "sr-Latn")).isEqualTo("sr-Latn");
		assertThat(choose("de", "sr-Latn")).as("a header the course cannot serve gives way to the claim")
			.isEqualTo("sr-Latn");
	}

	@Test
	void aMoreSpecificOrLessSpecificTagFindsTheOfferedOne() {
		assertThat(choose("mk-MK", null)).isEqualTo("mk");
		assertThat(choose("sr-latn-rs", null)).isEqualTo("sr-Latn");
		assertThat(choose("sr", null)).isEqualTo("sr-Latn");
		assertThat(choose(null, "sr_Latn")).as("a Java-style locale claim").isEqualTo("sr-Latn");
	}

	@Test
	void withoutAMatchTheCourseDefaultIsUsed() {
		assertThat(choose(null, null)).isEqualTo("en-default");
		assertThat(choose("", " ")).isEqualTo("en-default");
		assertThat(choose("*", "de")).isEqualTo("en-default");
	}

	@Test
	void aMalformedPreferenceIsSkipped() {
		assertThat(choose("!!not a range;;", "mk")).isEqualTo("mk");
	}

	@Test
	void anUntranslatedTextFallsBackToTheDefaultLanguage() {
		Map<String, String> texts = Map.of("en", "Right", "mk", "Точно");

		assertThat(Languages.text(texts, "mk", "en")).isEqualTo("Точно");
		assertThat(Languages.text(texts, "sr-Latn", "en")).isEqualTo("Right");
		assertThat(Languages.text(Map.of(), "mk", "en")).isNull();
	}

	private static String choose(String acceptLanguage, String claim) {
		return Languages.choose(Arrays.asList(acceptLanguage, claim), OFFERED, "en-default");
	}

}
