package academy.agora.support.ratelimit;

import academy.agora.ratelimit.RateLimits;
import academy.agora.support.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits requests per client on the configured paths (see {@link RateLimits}), answering
 * 429 with {@code Retry-After} and a problem once a client's bucket is empty.
 */
class RateLimitFilter implements WebFilter, Ordered {

	/**
	 * Before Spring Security's filters, which run at -100 (its package-private
	 * {@code WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER}), so that a
	 * flood costs no token decoding.
	 */
	static final int ORDER = -200;

	private static final Logger logger = LoggerFactory.getLogger(RateLimitFilter.class);

	private final RateLimits limits;

	private final JsonMapper json;

	RateLimitFilter(RateLimits limits, JsonMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		return this.limits
			.take(request.getMethod().name(), request.getPath().pathWithinApplication(), request.getRemoteAddress())
			.map((refusal) -> tooManyRequests(exchange.getResponse(), refusal))
			.orElseGet(() -> chain.filter(exchange));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private Mono<Void> tooManyRequests(ServerHttpResponse response, RateLimits.Refusal refusal) {
		logger.debug("Rate limit '{}' refused a request of {}", refusal.limit(), refusal.client());
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", refusal.message());
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.json.writeValueAsBytes(problem);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
