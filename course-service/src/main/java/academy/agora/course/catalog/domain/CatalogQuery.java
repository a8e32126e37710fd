package academy.agora.course.catalog.domain;

import java.util.Locale;

import academy.agora.course.authoring.domain.CourseListing;
import academy.agora.course.authoring.domain.LanguageTags;

/**
 * A search of the catalogue. Every criterion is optional.
 *
 * @param language only courses offered in this language ({@code sr} also finds
 * {@code sr-Latn})
 * @param topic only courses on this topic
 * @param text only courses whose title or summary contains this, in any language, case
 * ignored
 * @param page the page, from 0
 * @param size items per page
 */
public record CatalogQuery(String language, String topic, String text, int page, int size) {

	boolean matches(CourseListing listing) {
		if (this.language != null && !this.language.isBlank()
				&& LanguageTags.bestMatch(this.language, listing.languages()).isEmpty()) {
			return false;
		}
		if (this.topic != null && !this.topic.isBlank() && !listing.topics().contains(this.topic.strip())) {
			return false;
		}
		if (this.text != null && !this.text.isBlank()) {
			String wanted = this.text.strip().toLowerCase(Locale.ROOT);
			return listing.title().values().values().stream().anyMatch((title) -> contains(title, wanted))
					|| listing.summary().values().values().stream().anyMatch((summary) -> contains(summary, wanted));
		}
		return true;
	}

	private static boolean contains(String text, String wanted) {
		return text.toLowerCase(Locale.ROOT).contains(wanted);
	}

}
