package academy.agora.web.i18n;

import java.util.Locale;

/**
 * An interface language.
 *
 * @param tag its BCP 47 tag, such as {@code sr-Cyrl}
 * @param locale the same as a locale
 * @param name its name in itself, such as {@code Српски (ћирилица)}
 */
public record Language(String tag, Locale locale, String name) {

	public String language() {
		return this.locale.getLanguage();
	}

}
