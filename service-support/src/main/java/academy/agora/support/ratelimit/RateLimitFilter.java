package academy.agora.support.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

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
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits requests per client on the configured paths, answering 429 with
 * {@code Retry-After} and a problem once a client's bucket is empty.
 * <p>
 * The client is the remote address of the connection. Behind a reverse proxy that is the
 * proxy, unless {@code server.forward-headers-strategy} is {@code native} or
 * {@code framework}: then Spring takes the client from the proxy's {@code Forwarded} or
 * {@code X-Forwarded-For} header before any filter runs. Set it only where a proxy that
 * overwrites those headers stands in front; this filter never reads them itself, since
 * any client can send them and so pick a fresh key per request. An IPv6 client counts by
 * its /64 network, because one subscriber usually holds all of a /64 and could otherwise
 * rotate through addresses.
 */
class RateLimitFilter implements WebFilter, Ordered {

	/**
	 * Before Spring Security's filters, which run at -100 (its package-private
	 * {@code WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER}), so that a
	 * flood costs no token decoding.
	 */
	static final int ORDER = -200;

	private static final Logger logger = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private final List<RateLimiter> limiters;

	private final JsonMapper json;

	private final LongSupplier ticker;

	/**
	 * Creates the filter.
	 * @param limits the limits
	 * @param json writes the problem
	 * @param ticker nanoseconds, {@code System::nanoTime} outside tests
	 */
	RateLimitFilter(List<RateLimitProperties.Limit> limits, JsonMapper json, LongSupplier ticker) {
		long now = ticker.getAsLong();
		this.limiters = limits.stream().map((limit) -> new RateLimiter(limit, now)).toList();
		this.json = json;
		this.ticker = ticker;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		for (RateLimiter limiter : this.limiters) {
			if (limiter.covers(path)) {
				String client = clientOf(exchange.getRequest());
				long wait = limiter.take(client, this.ticker.getAsLong());
				if (wait > 0) {
					logger.debug("Rate limit '{}' refused a request of {}", limiter.name(), client);
					return tooManyRequests(exchange.getResponse(), wait);
				}
				break;
			}
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	static String clientOf(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return (remote != null) ? remote.getHostString() : "unknown";
		}
		InetAddress address = remote.getAddress();
		if (address instanceof Inet6Address) {
			byte[] network = Arrays.copyOf(Arrays.copyOf(address.getAddress(), 8), 16);
			try {
				return InetAddress.getByAddress(network).getHostAddress() + "/64";
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException("16 bytes are an IPv6 address", ex);
			}
		}
		return address.getHostAddress();
	}

	private Mono<Void> tooManyRequests(ServerHttpResponse response, long wait) {
		long seconds = Math.max(1, (wait + SECOND - 1) / SECOND);
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				"Too many requests from your address. Please wait " + seconds
						+ ((seconds == 1) ? " second" : " seconds") + " and try again.");
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.json.writeValueAsBytes(problem);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
