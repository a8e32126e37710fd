package academy.agora.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One configured limit: the paths it covers and a token bucket per client.
 * <p>
 * Memory stays bounded without a cache library or a thread of its own: a bucket that is
 * full again is the same as a new one, so a sweep at most once a minute, run by whichever
 * request comes due, forgets those; and at most {@code maxClients} clients get a bucket
 * of their own. Beyond that (many thousands of addresses busy at once, a distributed
 * flood that no per-client limit stops) new clients share one overflow bucket until the
 * next sweep makes room, which keeps the memory and the load bounded at the cost of those
 * newcomers waiting. A sweep racing a request may forget a token just taken; that is one
 * request more for one client, once.
 */
final class RateLimiter {

	static final String OVERFLOW = "overflow";

	static final long SWEEP_INTERVAL = Duration.ofMinutes(1).toNanos();

	private final String name;

	private final List<PathPattern> paths;

	private final List<String> methods;

	private final int capacity;

	private final long interval;

	private final int maxClients;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong lastSweep;

	RateLimiter(RateLimitProperties.Limit limit, long now) {
		this.name = limit.name();
		this.paths = limit.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.methods = limit.methods();
		this.capacity = limit.capacity();
		this.interval = Duration.ofMinutes(1).toNanos() / limit.refillPerMinute();
		this.maxClients = limit.maxClients();
		this.lastSweep = new AtomicLong(now);
	}

	boolean covers(String method, PathContainer path) {
		return (this.methods.isEmpty() || this.methods.contains(method))
				&& this.paths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	/**
	 * Takes a token from the client's bucket.
	 * @param client the client key
	 * @param now the ticker's reading now
	 * @return 0 if the request may go on, otherwise the nanoseconds until it may
	 */
	long take(String client, long now) {
		sweepIfDue(now);
		TokenBucket bucket = this.buckets.get(client);
		if (bucket == null) {
			String key = (this.buckets.size() < this.maxClients) ? client : OVERFLOW;
			bucket = this.buckets.computeIfAbsent(key, (k) -> new TokenBucket(this.capacity, this.interval, now));
		}
		return bucket.take(now);
	}

	int clients() {
		return this.buckets.size();
	}

	String name() {
		return this.name;
	}

	private void sweepIfDue(long now) {
		long last = this.lastSweep.get();
		if (now - last >= SWEEP_INTERVAL && this.lastSweep.compareAndSet(last, now)) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
	}

}
