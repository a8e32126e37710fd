package academy.agora.support.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import academy.agora.ratelimit.RateLimitProperties;
import academy.agora.ratelimit.RateLimits;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTests {

	private static final RateLimitProperties.Limit VERIFICATION = new RateLimitProperties.Limit("verification",
			List.of("/api/verify/**", "/verify/**"), 30, 60, null, 10_000);

	private final AtomicLong ticker = new AtomicLong();

	private final RateLimitFilter filter = new RateLimitFilter(new RateLimits(List.of(VERIFICATION), this.ticker::get),
			JsonMapper.builder().build());

	private final WebTestClient http = WebTestClient.bindToWebHandler((exchange) -> {
		exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
		return exchange.getResponse().setComplete();
	}).webFilter(new ClientFromHeader(), this.filter).build();

	@Test
	void theRequestAfterTheBurstIsTooManyWithRetryAfterAndAProblem() {
		for (int i = 0; i < 30; i++) {
			get("/api/verify/K7QM-3X9T-PD2W-HA6C", "192.0.2.1").expectStatus().isNoContent();
		}

		get("/verify/K7QM-3X9T-PD2W-HA6C", "192.0.2.1").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "1")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/rate-limited")
			.jsonPath("$.detail")
			.isEqualTo("Too many requests from your address. Please wait 1 second and try again.");
	}

	@Test
	void anotherClientIsUnaffected() {
		exhaust("192.0.2.1");

		get("/api/verify/K7QM-3X9T-PD2W-HA6C", "192.0.2.2").expectStatus().isNoContent();
		get("/api/verify/K7QM-3X9T-PD2W-HA6C", "192.0.2.1").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void aClientMayGoOnAsTokensComeBack() {
		exhaust("192.0.2.1");

		this.ticker.addAndGet(Duration.ofSeconds(1).toNanos());

		get("/api/verify/K7QM-3X9T-PD2W-HA6C", "192.0.2.1").expectStatus().isNoContent();
		get("/api/verify/K7QM-3X9T-PD2W-HA6C", "192.0.2.1").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void otherPathsAreNotLimited() {
		exhaust("192.0.2.1");

		get("/api/certificates/mine", "192.0.2.1").expectStatus().isNoContent();
		get("/actuator/health", "192.0.2.1").expectStatus().isNoContent();
	}

	private WebTestClient.ResponseSpec get(String path, String client) {
		return this.http.get().uri(path).header(ClientFromHeader.HEADER, client).exchange();
	}

	private void exhaust(String client) {
		for (int i = 0; i < 31; i++) {
			get("/api/verify/K7QM-3X9T-PD2W-HA6C", client);
		}
	}

	/**
	 * Stands for the connection's remote address, which a mock request does not have.
	 */
	private static final class ClientFromHeader implements WebFilter, Ordered {

		static final String HEADER = "Test-Client";

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			String client = exchange.getRequest().getHeaders().getFirst(HEADER);
			ServerHttpRequest request = exchange.getRequest()
				.mutate()
				.remoteAddress(new InetSocketAddress(client, 50000))
				.build();
			return chain.filter(exchange.mutate().request(request).build());
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
