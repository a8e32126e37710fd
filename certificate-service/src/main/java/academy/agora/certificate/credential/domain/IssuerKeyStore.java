package academy.agora.certificate.credential.domain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the issuer's keys are kept, shared by every replica.
 */
public interface IssuerKeyStore {

	/**
	 * Stores a key unless its generation is stored already. The generation is the key's
	 * identity in the store, so of two replicas that create the same generation at once,
	 * exactly one succeeds.
	 * @param key the new key
	 * @return {@code true} if it was stored, {@code false} if the generation was taken
	 */
	Mono<Boolean> insertIfAbsent(IssuerKey key);

	/**
	 * The key of the highest generation.
	 * @return the key, or empty if there is none yet
	 */
	Mono<IssuerKey> latest();

	/**
	 * Every key, the oldest first.
	 * @return the keys
	 */
	Flux<IssuerKey> all();

}
