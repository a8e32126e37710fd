package academy.agora.progress.enrolment.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses among the languages a course version is offered in.
 */
public final class Languages {

	private Languages() {
	}

	/**
	 * The first preference a course offers. Each preference is a language-range list in
	 * the form of an {@code Accept-Language} header, or a single BCP 47 tag such as a
	 * token's {@code locale} claim. A range matches by lookup ({@code sr-Latn-RS} finds
	 * {@code sr-Latn}) and, failing that, by filtering ({@code sr} finds
	 * {@code sr-Latn}). A blank or malformed preference is skipped: a client's broken
	 * header must not fail the request.
	 * @param preferences the reader's preferences, the strongest first; entries may be
	 * {@code null}
	 * @param offered the languages on offer
	 * @param fallback what to answer when nothing matches
	 * @return one of {@code offered}, or {@code fallback}
	 */
	public static String choose(List<String> preferences, List<String> offered, String fallback) {
		for (String preference : preferences) {
			if (preference == null || preference.isBlank()) {
				continue;
			}
			List<Locale.LanguageRange> ranges;
			try {
				// "Any language" says nothing the fallback does not say better.
				ranges = Locale.LanguageRange.parse(preference.strip().replace('_', '-'))
					.stream()
					.filter((range) -> !range.getRange().equals("*"))
					.toList();
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			String match = Locale.lookupTag(ranges, offered);
			if (match == null) {
				match = Locale.filterTags(ranges, offered).stream().findFirst().orElse(null);
			}
			if (match != null) {
				// filterTags answers in lower case; answer the course's own spelling.
				for (String tag : offered) {
					if (tag.equalsIgnoreCase(match)) {
						return tag;
					}
				}
			}
		}
		return fallback;
	}

	/**
	 * A text in a language, or in the fallback language if it was not translated.
	 * @param texts the text by language tag
	 * @param language the language wanted
	 * @param fallback the course's default language
	 * @return the text, or {@code null} if there is none in either
	 */
	public static String text(Map<String, String> texts, String language, String fallback) {
		String text = (language != null) ? texts.get(language) : null;
		return (text != null) ? text : (fallback != null) ? texts.get(fallback) : null;
	}

}
