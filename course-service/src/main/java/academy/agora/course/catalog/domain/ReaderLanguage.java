package academy.agora.course.catalog.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import academy.agora.course.authoring.domain.LanguageTags;

/**
 * What a reader asked for, in order: an explicit choice, the {@code Accept-Language}
 * header, the language of their account. A course answers in the first of these it
 * offers, or else in its default language.
 *
 * @param preferences language priority lists, the most important first; blank ones are
 * skipped
 */
public record ReaderLanguage(List<String> preferences) {

	public ReaderLanguage {
		List<String> kept = new ArrayList<>();
		for (String preference : preferences) {
			if (preference != null && !preference.isBlank()) {
				kept.add(preference);
			}
		}
		preferences = List.copyOf(kept);
	}

	public static ReaderLanguage of(String... preferences) {
		return new ReaderLanguage(Arrays.asList(preferences));
	}

	/**
	 * The language to serve.
	 * @param offered the languages there is text in
	 * @param defaultLanguage the course's default language, served when nothing matches
	 * @return the chosen tag
	 */
	public String choose(List<String> offered, String defaultLanguage) {
		for (String preference : this.preferences) {
			Optional<String> match = LanguageTags.bestMatch(preference, offered);
			if (match.isPresent()) {
				return match.get();
			}
		}
		return defaultLanguage;
	}

}
