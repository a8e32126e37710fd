package academy.agora.certificate.credential.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/**
 * Counts the way the MongoDB store does: atomically, keeping the first seed.
 */
class InMemoryStatusIndexCounters implements StatusIndexCounters {

	private final Map<StatusPurpose, Taken> counters = new ConcurrentHashMap<>();

	@Override
	public Mono<Taken> take(StatusPurpose purpose, long proposedSeed) {
		return Mono.fromSupplier(() -> this.counters.compute(purpose, (key, last) -> (last != null)
				? new Taken(last.sequence() + 1, last.seed()) : new Taken(0, proposedSeed)));
	}

	@Override
	public Mono<Long> taken(StatusPurpose purpose) {
		return Mono.fromSupplier(() -> {
			Taken last = this.counters.get(purpose);
			return (last != null) ? last.sequence() + 1 : 0L;
		});
	}

	/**
	 * Pretends that {@code count} numbers were taken already.
	 */
	void skip(StatusPurpose purpose, long count, long seed) {
		this.counters.put(purpose, new Taken(count - 1, seed));
	}

}
