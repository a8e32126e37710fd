package academy.agora.web.config;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import academy.agora.ratelimit.RateLimitProperties;
import academy.agora.ratelimit.RateLimits;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public verification has a per-client limit of its own in the web application, because
 * certificate-service counts every visitor the web relays as one client.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=web", "agora.web.services.certificate=http://127.0.0.1:9",
				"agora.rate-limits[0].name=verification", "agora.rate-limits[0].paths=/verify/**",
				"agora.rate-limits[0].capacity=2", "agora.rate-limits[0].refill-per-minute=60" })
@AutoConfigureWebTestClient
class VerificationRateLimitTests {

	@Autowired
	WebTestClient client;

	@Autowired
	MessageSource messages;

	@Test
	void theLimitIsConfiguredInWebYmlForTheVerificationPages() throws Exception {
		org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
		new org.springframework.boot.env.YamlPropertySourceLoader()
			.load("web", new org.springframework.core.io.ClassPathResource("web.yml"))
			.forEach(environment.getPropertySources()::addLast);
		RateLimitProperties configured = org.springframework.boot.context.properties.bind.Binder.get(environment)
			.bind("agora", RateLimitProperties.class)
			.get();
		assertThat(configured.rateLimits()).singleElement().satisfies((limit) -> {
			assertThat(limit.name()).isEqualTo("verification");
			assertThat(limit.paths()).containsExactly("/verify/**");
			assertThat(limit.capacity()).isEqualTo(30);
			assertThat(limit.refillPerMinute()).isEqualTo(60);
		});
	}

	@Test
	void aClientOverTheLimitGetsAFriendlyPageInItsLanguageWithRetryAfter() {
		// certificate-service is down here: the first two reach it (and say so), the
		// third is stopped before it would.
		for (int i = 0; i < 2; i++) {
			this.client.get()
				.uri("/verify/K7QM-3X9T-PD2W-HA6C")
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		}
		this.client.get()
			.uri("/verify/K7QM-3X9T-PD2W-HA6C?lang=sr-Cyrl")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isPositive())
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("lang=\"sr-Cyrl\"")
				.contains("Сачекајте тренутак")
				.contains("Покушајте поново за 1 s.")
				.doesNotContain("Exception"));
		// Other pages are not limited.
		this.client.get().uri("/").exchange().expectStatus().isOk();
	}

	@Test
	void eachClientHasItsOwnBucketAndTokensComeBack() {
		AtomicLong ticker = new AtomicLong();
		RateLimitPage filter = new RateLimitPage(new RateLimits(
				List.of(new RateLimitProperties.Limit("verification", List.of("/verify/**"), 1, 60, null, 10_000)),
				ticker::get), this.messages);
		WebTestClient http = WebTestClient.bindToWebHandler((exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
			return exchange.getResponse().setComplete();
		}).webFilter(new ClientFromHeader(), filter).build();

		verify(http, "192.0.2.1").expectStatus().isNoContent();
		verify(http, "192.0.2.1").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		verify(http, "192.0.2.2").expectStatus().isNoContent();
		ticker.addAndGet(Duration.ofSeconds(1).toNanos());
		verify(http, "192.0.2.1").expectStatus().isNoContent();
	}

	private static WebTestClient.ResponseSpec verify(WebTestClient http, String client) {
		return http.get().uri("/verify/K7QM").header(ClientFromHeader.HEADER, client).exchange();
	}

	/** Stands for the connection's remote address, which a mock request does not have. */
	private static final class ClientFromHeader implements WebFilter, Ordered {

		static final String HEADER = "Test-Client";

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			ServerHttpRequest request = exchange.getRequest()
				.mutate()
				.remoteAddress(new InetSocketAddress(exchange.getRequest().getHeaders().getFirst(HEADER), 50000))
				.build();
			return chain.filter(exchange.mutate().request(request).build());
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
