package academy.agora.web.system;

import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Turns what can go wrong behind a page into a page in the reader's language: a service
 * that is down or slow is "temporarily unavailable" (503), something that does not exist
 * is "not found" (404). The details go to the log, never to the page.
 */
@ControllerAdvice
class ErrorAdvice {

	/** Where a person whose session no longer holds a usable token signs in again. */
	static final String SIGN_IN = "/oauth2/authorization/agora";

	private static final Log logger = LogFactory.getLog(ErrorAdvice.class);

	@ExceptionHandler(WebClientResponseException.class)
	Mono<Rendering> serviceAnswered(WebClientResponseException ex, ServerWebExchange exchange) {
		HttpStatusCode status = ex.getStatusCode();
		if (status.value() == HttpStatus.UNAUTHORIZED.value()) {
			// The services no longer accept this session's token (the issuer's key
			// changed, say): start afresh with a new sign-in.
			return exchange.getSession()
				.flatMap(WebSession::invalidate)
				.thenReturn(Rendering.redirectTo(SIGN_IN).build());
		}
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			return page(exchange, HttpStatus.NOT_FOUND, ErrorKind.NOT_FOUND);
		}
		if (status.value() == HttpStatus.FORBIDDEN.value()) {
			return page(exchange, HttpStatus.FORBIDDEN, ErrorKind.FORBIDDEN);
		}
		if (status.is4xxClientError()) {
			logger.warn("A service refused " + ex.getRequest().getMethod() + " " + ex.getRequest().getURI().getPath()
					+ ": " + status + " " + ex.getResponseBodyAsString());
			return page(exchange, HttpStatus.CONFLICT, ErrorKind.REFUSED);
		}
		logger.warn("A service failed on " + ex.getRequest().getURI().getPath() + ": " + status);
		return page(exchange, HttpStatus.SERVICE_UNAVAILABLE, ErrorKind.UNAVAILABLE);
	}

	@ExceptionHandler({ WebClientRequestException.class, TimeoutException.class })
	Mono<Rendering> serviceUnreachable(Exception ex, ServerWebExchange exchange) {
		logger.warn("A service could not be reached for " + exchange.getRequest().getPath() + ": " + ex);
		return page(exchange, HttpStatus.SERVICE_UNAVAILABLE, ErrorKind.UNAVAILABLE);
	}

	/** The refresh token expired or was refused: the person signs in again. */
	@ExceptionHandler(ClientAuthorizationException.class)
	Mono<Rendering> signInAgain(ClientAuthorizationException ex, ServerWebExchange exchange) {
		return exchange.getSession().flatMap(WebSession::invalidate).thenReturn(Rendering.redirectTo(SIGN_IN).build());
	}

	@ExceptionHandler(ResponseStatusException.class)
	Mono<Rendering> status(ResponseStatusException ex, ServerWebExchange exchange) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		if (status == HttpStatus.NOT_FOUND) {
			return page(exchange, status, ErrorKind.NOT_FOUND);
		}
		if (status != null && status.is4xxClientError()) {
			return page(exchange, status, ErrorKind.REFUSED);
		}
		logger.error("Failed on " + exchange.getRequest().getPath(), ex);
		return page(exchange, HttpStatus.INTERNAL_SERVER_ERROR, ErrorKind.GENERAL);
	}

	@ExceptionHandler(Exception.class)
	Mono<Rendering> anythingElse(Exception ex, ServerWebExchange exchange) {
		logger.error("Failed on " + exchange.getRequest().getPath(), ex);
		return page(exchange, HttpStatus.INTERNAL_SERVER_ERROR, ErrorKind.GENERAL);
	}

	private static Mono<Rendering> page(ServerWebExchange exchange, HttpStatus status, ErrorKind kind) {
		return exchange.getPrincipal()
			.map((principal) -> (principal instanceof org.springframework.security.core.Authentication authentication
					&& authentication.getPrincipal() instanceof OidcUser user) ? CurrentUser.of(user) : null)
			.map((user) -> ErrorKind.rendering(status, kind).modelAttribute("user", user).build())
			.defaultIfEmpty(ErrorKind.rendering(status, kind).build());
	}

}
