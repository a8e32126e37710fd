package academy.agora.ratelimit;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The request limits per client, under {@code agora.rate-limits}. None configured means
 * no limiting at all.
 *
 * @param rateLimits the limits; a request counts against the first whose paths match
 */
@ConfigurationProperties("agora")
public record RateLimitProperties(List<Limit> rateLimits) {

	public RateLimitProperties {
		rateLimits = (rateLimits != null) ? List.copyOf(rateLimits) : List.of();
	}

	/**
	 * One limit.
	 *
	 * @param name what it protects, for the logs
	 * @param paths path patterns such as {@code /api/verify/**}, comma-separated in YAML
	 * or a list
	 * @param capacity the burst: requests a client may make at once after a pause
	 * @param refillPerMinute requests a client may make per minute in the long run
	 * @param methods the HTTP methods it covers, such as {@code POST} for a form that
	 * checks a password; empty for every method
	 * @param maxClients clients remembered at once, which bounds the memory used; when
	 * that many are busy at once, further new clients share one bucket until some are
	 * idle again
	 */
	public record Limit(String name, List<String> paths, int capacity, int refillPerMinute, List<String> methods,
			@DefaultValue("10000") int maxClients) {

		/** So that a bucket's nanoseconds cannot overflow. */
		static final int MAX_CAPACITY = 1_000_000;

		public Limit {
			Assert.hasText(name, "A rate limit needs a name");
			Assert.notEmpty(paths, () -> "Rate limit '" + name + "' needs paths");
			Assert.isTrue(capacity > 0 && capacity <= MAX_CAPACITY,
					() -> "Rate limit '" + name + "' needs a capacity from 1 to " + MAX_CAPACITY);
			Assert.isTrue(refillPerMinute > 0, () -> "Rate limit '" + name + "' needs a positive refill-per-minute");
			Assert.isTrue(maxClients > 0, () -> "Rate limit '" + name + "' needs a positive max-clients");
			paths = List.copyOf(paths);
			methods = (methods != null)
					? methods.stream().map((method) -> method.strip().toUpperCase(Locale.ROOT)).toList() : List.of();
		}

	}

}
