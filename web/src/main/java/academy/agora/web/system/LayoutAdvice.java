package academy.agora.web.system;

import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every page's layout needs besides the page's own model: the signed-in person, and
 * the CSRF token for forms.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("user")
	CurrentUser user(@AuthenticationPrincipal OidcUser user) {
		return (user != null) ? CurrentUser.of(user) : null;
	}

	/**
	 * In WebFlux the token is a {@code Mono} in the exchange; once resolved it is put
	 * where Spring Security's {@link CsrfRequestDataValueProcessor} finds it, which adds
	 * the hidden {@code _csrf} field to every form with {@code th:action}. Only for
	 * people signed in, the only ones with forms to send, so that an anonymous visit to a
	 * public page creates no session.
	 */
	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrfToken(ServerWebExchange exchange, @AuthenticationPrincipal OidcUser user) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (user == null || token == null) {
			return Mono.empty();
		}
		return token.doOnSuccess((resolved) -> exchange.getAttributes()
			.put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, resolved));
	}

}
