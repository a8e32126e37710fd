package academy.agora.certificate.credential.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps keys the way the MongoDB store does: the generation is unique.
 */
class InMemoryIssuerKeys implements IssuerKeyStore {

	final ConcurrentSkipListMap<Integer, IssuerKey> byGeneration = new ConcurrentSkipListMap<>();

	@Override
	public Mono<Boolean> insertIfAbsent(IssuerKey key) {
		return Mono.fromSupplier(() -> this.byGeneration.putIfAbsent(key.generation(), key) == null);
	}

	@Override
	public Mono<IssuerKey> latest() {
		return Mono.fromSupplier(() -> {
			Map.Entry<Integer, IssuerKey> latest = this.byGeneration.lastEntry();
			return (latest != null) ? latest.getValue() : null;
		});
	}

	@Override
	public Flux<IssuerKey> all() {
		return Flux.defer(() -> Flux.fromIterable(this.byGeneration.values()));
	}

}
