package academy.agora.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTests {

	private final AtomicLong ticker = new AtomicLong();

	private final RateLimits limits = new RateLimits(
			List.of(new RateLimitProperties.Limit("login", List.of("/login"), 2, 6, List.of(" post"), 10_000)),
			this.ticker::get);

	@Test
	void aClientIsRefusedAfterItsBurstAndToldHowLongToWait() {
		assertThat(take("/login", "192.0.2.1")).isEmpty();
		assertThat(take("/login", "192.0.2.1")).isEmpty();

		RateLimits.Refusal refusal = take("/login", "192.0.2.1").orElseThrow();
		assertThat(refusal.limit()).isEqualTo("login");
		assertThat(refusal.retryAfterSeconds()).isEqualTo(10);
		assertThat(refusal.message())
			.isEqualTo("Too many requests from your address. Please wait 10 seconds and try again.");
		assertThat(take("/login", "192.0.2.2")).as("another client").isEmpty();
		assertThat(take("/oauth2/authorize", "192.0.2.1")).as("a path no limit covers").isEmpty();
		assertThat(this.limits.take("GET", PathContainer.parsePath("/login"), new InetSocketAddress("192.0.2.1", 443)))
			.as("a method the limit does not cover")
			.isEmpty();

		this.ticker.addAndGet(10_000_000_000L);
		assertThat(take("/login", "192.0.2.1")).isEmpty();
	}

	@Test
	void anIpv6ClientCountsByItsNetwork() {
		assertThat(clientOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo(clientOf("2001:db8:1:2::1"))
			.isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(clientOf("2001:db8:1:3::1")).isNotEqualTo(clientOf("2001:db8:1:2::1"));
		assertThat(clientOf("192.0.2.1")).isEqualTo("192.0.2.1");
	}

	@Test
	void idleClientsAreForgottenAndNewOnesBeyondTheBoundShareABucket() {
		RateLimiter limiter = new RateLimiter(
				new RateLimitProperties.Limit("verification", List.of("/verify/**"), 2, 60, null, 3), 0);
		limiter.take("a", 0);
		limiter.take("b", 0);
		limiter.take("c", 0);

		// No room for d and e: they share one bucket of 2.
		assertThat(limiter.take("d", 0)).isZero();
		assertThat(limiter.take("e", 0)).isZero();
		assertThat(limiter.take("d", 0)).isPositive();
		assertThat(limiter.clients()).isEqualTo(4);

		// A minute later every bucket is full again, and the sweep forgets them all.
		assertThat(limiter.take("d", RateLimiter.SWEEP_INTERVAL)).isZero();
		assertThat(limiter.clients()).isOne();
	}

	private Optional<RateLimits.Refusal> take(String path, String client) {
		return this.limits.take("POST", PathContainer.parsePath(path), new InetSocketAddress(client, 443));
	}

	private static String clientOf(String address) {
		return RateLimits.clientKey(new InetSocketAddress(address, 443));
	}

}
