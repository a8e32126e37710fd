package academy.agora.course.authoring.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text in several languages, keyed by BCP 47 tag. Valid tags are kept in their
 * canonical spelling; invalid ones are kept as written so that validation can name them.
 * Blank texts count as absent.
 *
 * @param values the text by language tag, in the order the author gave them
 */
public record LocalizedText(Map<String, String> values) {

	public LocalizedText {
		Map<String, String> kept = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((tag, text) -> {
				if (tag != null && text != null && !text.isBlank()) {
					kept.put(LanguageTags.canonical(tag).orElse(tag), text);
				}
			});
		}
		values = Collections.unmodifiableMap(kept);
	}

	public static LocalizedText empty() {
		return new LocalizedText(Map.of());
	}

	public static LocalizedText of(String language, String text) {
		return new LocalizedText(Map.of(language, text));
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	public boolean has(String language) {
		return this.values.containsKey(language);
	}

	/**
	 * The text in a language.
	 * @param language the tag
	 * @return the text, or {@code null} if there is none in that language
	 */
	public String in(String language) {
		return this.values.get(language);
	}

	/**
	 * The text in a language, or in the fallback language when it has none there.
	 * @param language the wanted tag
	 * @param fallback the course's default language
	 * @return the text, or {@code null} if there is neither
	 */
	public String in(String language, String fallback) {
		String text = this.values.get(language);
		return (text != null) ? text : this.values.get(fallback);
	}

	public List<String> languages() {
		return List.copyOf(this.values.keySet());
	}

}
