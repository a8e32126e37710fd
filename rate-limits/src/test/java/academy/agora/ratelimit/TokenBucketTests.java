package academy.agora.ratelimit;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTests {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	// Any reading will do; System.nanoTime() may well be negative.
	private static final long START = -42 * SECOND;

	@Test
	void aFullBucketGrantsItsCapacityAtOnceThenSaysHowLongToWait() {
		TokenBucket bucket = new TokenBucket(30, SECOND, START);

		for (int i = 0; i < 30; i++) {
			assertThat(bucket.take(START)).as("request %d", i + 1).isZero();
		}

		assertThat(bucket.take(START)).isEqualTo(SECOND);
		assertThat(bucket.take(START + SECOND / 4)).isEqualTo(SECOND * 3 / 4);
	}

	@Test
	void tokensComeBackAtTheRefillRate() {
		TokenBucket bucket = new TokenBucket(2, SECOND, START);
		bucket.take(START);
		bucket.take(START);

		assertThat(bucket.take(START + SECOND)).isZero();
		assertThat(bucket.take(START + SECOND)).isPositive();
		assertThat(bucket.take(START + 3 * SECOND)).isZero();
		assertThat(bucket.take(START + 3 * SECOND)).isZero();
		assertThat(bucket.take(START + 3 * SECOND)).isPositive();
	}

	@Test
	void aLongPauseFillsTheBucketNoFurtherThanItsCapacity() {
		TokenBucket bucket = new TokenBucket(3, SECOND, START);
		bucket.take(START);
		long muchLater = START + Duration.ofDays(1).toNanos();

		assertThat(bucket.isFull(START)).isFalse();
		assertThat(bucket.isFull(muchLater)).isTrue();
		assertThat(bucket.take(muchLater)).isZero();
		assertThat(bucket.take(muchLater)).isZero();
		assertThat(bucket.take(muchLater)).isZero();
		assertThat(bucket.take(muchLater)).isEqualTo(SECOND);
	}

	@Test
	void concurrentRequestsNeverTakeMoreThanThereIs() throws InterruptedException {
		TokenBucket bucket = new TokenBucket(100, SECOND, START);
		AtomicInteger granted = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 1000; i++) {
			threads.execute(() -> {
				if (bucket.take(START) == 0) {
					granted.incrementAndGet();
				}
			});
		}
		threads.shutdown();

		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(granted).hasValue(100);
	}

}
