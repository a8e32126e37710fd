package academy.agora.web.i18n;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Remembers a language picked with {@code ?lang=}, and lets the language resolver see the
 * language of the signed-in person's account (their {@code locale} claim), which it
 * cannot look up itself because the security context is only reachable reactively. Runs
 * after Spring Security's filters, so the person is known.
 */
@Component
class AccountLanguageFilter implements WebFilter {

	static final String LOCALE_CLAIM = "locale";

	private final LanguageResolver resolver;

	AccountLanguageFilter(LanguageResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		this.resolver.rememberChoice(exchange);
		return exchange.getPrincipal().ofType(OAuth2AuthenticationToken.class).doOnNext((token) -> {
			Object locale = token.getPrincipal().getAttributes().get(LOCALE_CLAIM);
			if (locale instanceof String tag) {
				exchange.getAttributes().put(LanguageResolver.ACCOUNT_LANGUAGE, tag);
			}
		}).then(chain.filter(exchange));
	}

}
