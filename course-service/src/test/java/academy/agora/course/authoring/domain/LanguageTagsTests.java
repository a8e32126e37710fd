package academy.agora.course.authoring.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTagsTests {

	@Test
	void wellFormedTagsAreValidInTheirCanonicalSpelling() {
		assertThat(LanguageTags.canonical("en")).contains("en");
		assertThat(LanguageTags.canonical("SR-latn")).contains("sr-Latn");
		assertThat(LanguageTags.canonical("es-419")).contains("es-419");
		assertThat(LanguageTags.canonical("sq-AL")).contains("sq-AL");
	}

	@Test
	void malformedTagsAreInvalid() {
		for (String tag : new String[] { "", " ", "en_GB", "english-language-x", "klingon!", "x-private", "12",
				null }) {
			assertThat(LanguageTags.isValid(tag)).as(String.valueOf(tag)).isFalse();
		}
	}

	@Test
	void aScriptSubtagFindsTheLanguageAndTheLanguageFindsAScript() {
		assertThat(LanguageTags.bestMatch("sr-Latn", List.of("en", "sr"))).contains("sr");
		assertThat(LanguageTags.bestMatch("sr", List.of("en", "sr-Latn"))).contains("sr-Latn");
		assertThat(LanguageTags.bestMatch("sr-Latn-RS", List.of("en", "sr-Cyrl", "sr-Latn"))).contains("sr-Latn");
	}

	@Test
	void theMostWantedLanguageThatIsOfferedWins() {
		assertThat(LanguageTags.bestMatch("de, mk;q=0.8, en;q=0.5", List.of("en", "mk"))).contains("mk");
		assertThat(LanguageTags.bestMatch("sr, en;q=0.5", List.of("en", "sr-Latn"))).contains("sr-Latn");
		assertThat(LanguageTags.bestMatch("MK", List.of("en", "mk"))).contains("mk");
	}

	@Test
	void nothingMatchesAWildcardAnUnofferedLanguageOrAMalformedHeader() {
		assertThat(LanguageTags.bestMatch("*", List.of("en", "mk"))).isEmpty();
		assertThat(LanguageTags.bestMatch("de, fr", List.of("en", "mk"))).isEmpty();
		assertThat(LanguageTags.bestMatch("mk;q=2;;", List.of("en", "mk"))).isEmpty();
		assertThat(LanguageTags.bestMatch("mk;q=0", List.of("en", "mk"))).isEmpty();
		assertThat(LanguageTags.bestMatch(null, List.of("en"))).isEmpty();
	}

}
