package academy.agora.web.relay;

import java.util.Locale;

/**
 * The Accept-Language a relayed call carries: the reader's interface language first, then
 * English, which every sample course and most authors' courses offer. Without the second
 * entry a service would fall back to the account's language, so a reader who chose
 * Albanian for the interface could get a Macedonian lesson.
 */
final class Languages {

	private Languages() {
	}

	static String acceptLanguage(Locale locale) {
		if (locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())) {
			return "en";
		}
		return locale.toLanguageTag() + ", en;q=0.5";
	}

}
