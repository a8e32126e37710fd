package academy.agora.course.authoring.domain;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BCP 47 language tags: which are valid, how they are written, and which of a course's
 * languages best serves a reader.
 */
public final class LanguageTags {

	private LanguageTags() {
	}

	/**
	 * The canonical spelling of a tag, such as {@code sr-Latn} for {@code SR-latn}.
	 * @param tag a tag as someone wrote it
	 * @return the canonical tag, or empty if it is not a well-formed tag naming a
	 * language
	 */
	public static Optional<String> canonical(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		try {
			Locale locale = new Locale.Builder().setLanguageTag(tag).build();
			String canonical = locale.toLanguageTag();
			// The round trip refuses what the builder quietly rewrites or drops, such as
			// deprecated codes, so a stored tag is always exactly what readers match on.
			if (locale.getLanguage().isEmpty() || !canonical.equalsIgnoreCase(tag)) {
				return Optional.empty();
			}
			return Optional.of(canonical);
		}
		catch (IllformedLocaleException ex) {
			return Optional.empty();
		}
	}

	public static boolean isValid(String tag) {
		return canonical(tag).isPresent();
	}

	/**
	 * The offered language that best matches a list of preferences, as in an
	 * {@code Accept-Language} header. Each preference, from the most wanted, is first
	 * looked up (RFC 4647 lookup: {@code sr-Latn-RS} finds {@code sr-Latn}, then
	 * {@code sr}) and then filtered ({@code sr} finds {@code sr-Latn}).
	 * @param preferences a language priority list; malformed lists match nothing
	 * @param offered the languages to choose from
	 * @return the chosen offered tag, spelled as offered
	 */
	public static Optional<String> bestMatch(String preferences, List<String> offered) {
		if (preferences == null || preferences.isBlank() || offered.isEmpty()) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(preferences);
		}
		catch (IllegalArgumentException ex) {
			// A reader's malformed header is not worth refusing the page for.
			return Optional.empty();
		}
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() <= 0 || "*".equals(range.getRange())) {
				continue;
			}
			List<Locale.LanguageRange> one = List.of(range);
			String found = Locale.lookupTag(one, offered);
			if (found == null) {
				List<String> filtered = Locale.filterTags(one, offered);
				found = filtered.isEmpty() ? null : filtered.get(0);
			}
			if (found != null) {
				return spelledAsOffered(found, offered);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> spelledAsOffered(String found, List<String> offered) {
		// The JDK answers in lower case; readers are told the tag as the course has it.
		return offered.stream().filter((tag) -> tag.equalsIgnoreCase(found)).findFirst();
	}

}
