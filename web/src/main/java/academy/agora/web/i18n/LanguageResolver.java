package academy.agora.web.i18n;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Chooses the interface language of each request: the one picked with {@code ?lang=}
 * (remembered in a cookie), else the first of the browser's languages that we have, else
 * the language of the person's account, else English.
 */
@Component("localeContextResolver")
class LanguageResolver implements LocaleContextResolver {

	static final String PARAMETER = "lang";

	static final String COOKIE = "AGORA_LANG";

	/** Set by {@link AccountLanguageFilter} for signed-in people. */
	static final String ACCOUNT_LANGUAGE = LanguageResolver.class.getName() + ".account";

	private static final Duration REMEMBERED = Duration.ofDays(365);

	private final Languages languages;

	LanguageResolver(Languages languages) {
		this.languages = languages;
	}

	@Override
	public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
		return new SimpleLocaleContext(resolve(exchange).locale());
	}

	Language resolve(ServerWebExchange exchange) {
		var chosen = this.languages.match(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
		if (chosen.isPresent()) {
			return chosen.get();
		}
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
		var remembered = this.languages.match((cookie != null) ? cookie.getValue() : null);
		if (remembered.isPresent()) {
			return remembered.get();
		}
		for (Locale wish : exchange.getRequest().getHeaders().getAcceptLanguageAsLocales()) {
			var accepted = this.languages.match(wish);
			if (accepted.isPresent()) {
				return accepted.get();
			}
		}
		return this.languages.match((String) exchange.getAttribute(ACCOUNT_LANGUAGE)).orElse(Languages.ENGLISH);
	}

	/**
	 * Remembers a language picked with {@code ?lang=} for the next pages.
	 * @param exchange the request that picked it
	 */
	void rememberChoice(ServerWebExchange exchange) {
		this.languages.match(exchange.getRequest().getQueryParams().getFirst(PARAMETER))
			.ifPresent((language) -> exchange.getResponse()
				.addCookie(ResponseCookie.from(COOKIE, language.tag())
					.path("/")
					.maxAge(REMEMBERED)
					.httpOnly(true)
					.sameSite("Lax")
					.build()));
	}

	@Override
	public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
		throw new UnsupportedOperationException("The language is picked with ?" + PARAMETER + "=");
	}

}
