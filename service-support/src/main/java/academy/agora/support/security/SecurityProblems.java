package academy.agora.support.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import academy.agora.support.web.Problems;

/**
 * Writes security failures as problem details. An issuer we cannot reach is our outage,
 * not the client's fault: it answers 503 with {@code Retry-After} instead of Spring
 * Security's default 500.
 */
public class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
		ServerAuthenticationFailureHandler, ServerExchangeRejectedHandler {

	private static final Logger logger = LoggerFactory.getLogger(SecurityProblems.class);

	private final JsonMapper json;

	public SecurityProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		if (ex instanceof AuthenticationServiceException) {
			logger.warn("Cannot validate tokens, the issuer is unreachable: {}", ex.getMessage());
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
			return write(exchange.getResponse(), Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "issuer-unavailable",
					"Sign-in cannot be checked right now. Please try again shortly."));
		}
		boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
		return write(exchange.getResponse(), Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
				tokenSent ? "The access token is invalid or expired." : "Sign in to use this resource."));
	}

	@Override
	public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException ex) {
		return commence(exchange.getExchange(), ex);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return write(exchange.getResponse(),
				Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this."));
	}

	/**
	 * Answers a request the firewall refuses (an encoded {@code %} or {@code /} in the
	 * path, for instance) with a problem instead of Spring Security's empty 400.
	 */
	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
		return write(exchange.getResponse(), Problems.of(HttpStatus.BAD_REQUEST, "rejected-request",
				"The request address contains characters that are not allowed, such as an encoded '%' or '/'."));
	}

	private Mono<Void> write(ServerHttpResponse response, ProblemDetail problem) {
		response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.json.writeValueAsBytes(problem);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
