package academy.agora.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket of one client: it holds up to {@code capacity} tokens, each request
 * takes one, and tokens come back at a steady rate.
 * <p>
 * The bucket is kept as a single number, the moment it will be full again (the "virtual
 * scheduling" form of the algorithm, also known as GCRA): a request may take a token if
 * the bucket is full again no later than {@code capacity - 1} intervals from now, and
 * taking it pushes that moment one interval further. One number fits one
 * {@link AtomicLong}, so concurrent requests of a client need no lock, and integer
 * nanoseconds never round.
 */
final class TokenBucket {

	private final long interval;

	private final long burst;

	private final AtomicLong fullAt;

	/**
	 * A full bucket.
	 * @param capacity the most tokens it holds
	 * @param interval the nanoseconds it takes one token to come back
	 * @param now the ticker's reading now
	 */
	TokenBucket(int capacity, long interval, long now) {
		this.interval = interval;
		this.burst = (capacity - 1) * interval;
		this.fullAt = new AtomicLong(now);
	}

	/**
	 * Takes a token if there is one.
	 * @param now the ticker's reading now
	 * @return 0 if a token was taken, otherwise the nanoseconds until there is one
	 */
	long take(long now) {
		while (true) {
			long fullAt = this.fullAt.get();
			// Compared as differences, as System.nanoTime() readings must be.
			long from = (fullAt - now > 0) ? fullAt : now;
			long wait = from - now - this.burst;
			if (wait > 0) {
				return wait;
			}
			if (this.fullAt.compareAndSet(fullAt, from + this.interval)) {
				return 0;
			}
		}
	}

	/**
	 * Whether the bucket is full, so that forgetting it loses nothing: a new bucket would
	 * be the same.
	 * @param now the ticker's reading now
	 * @return {@code true} if it is full
	 */
	boolean isFull(long now) {
		return this.fullAt.get() - now <= 0;
	}

}
