package academy.agora.course.catalog.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderLanguageTests {

	private static final List<String> OFFERED = List.of("en", "mk", "sr-Latn");

	@Test
	void theAcceptLanguageHeaderComesFirst() {
		assertThat(ReaderLanguage.of(null, "mk, en;q=0.5", "sr-Latn").choose(OFFERED, "en")).isEqualTo("mk");
	}

	@Test
	void withoutAHeaderTheAccountsLanguageIsUsed() {
		assertThat(ReaderLanguage.of(null, null, "sr-Latn").choose(OFFERED, "en")).isEqualTo("sr-Latn");
		assertThat(ReaderLanguage.of(null, "", "sr").choose(OFFERED, "en")).isEqualTo("sr-Latn");
	}

	@Test
	void aHeaderThatMatchesNothingFallsThroughToTheAccount() {
		assertThat(ReaderLanguage.of(null, "de", "mk").choose(OFFERED, "en")).isEqualTo("mk");
	}

	@Test
	void withoutAnyMatchTheDefaultLanguageIsServed() {
		assertThat(ReaderLanguage.of(null, "de", "fr").choose(OFFERED, "en")).isEqualTo("en");
		assertThat(ReaderLanguage.of().choose(OFFERED, "en")).isEqualTo("en");
	}

	@Test
	void anExplicitChoiceOutranksTheHeader() {
		assertThat(ReaderLanguage.of("mk", "sr-Latn", null).choose(OFFERED, "en")).isEqualTo("mk");
	}

}
