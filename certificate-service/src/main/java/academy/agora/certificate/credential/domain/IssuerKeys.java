package academy.agora.certificate.credential.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The issuer's signing keys: the active one, the published ones, and rotation.
 * <p>
 * RSA, for RS256, because that is the one algorithm Open Badges 3.0 requires every VC-JWT
 * verifier to support. 3072 bits rather than the 2048 minimum: a certificate is verified
 * for many years after it is signed, and 3072 bits is what NIST deems adequate beyond
 * 2030.
 * <p>
 * Replicas agree on the active key through the store alone: a key's generation is its
 * identity there, so when several replicas create or rotate at once, one insert wins and
 * every replica then uses the winner.
 */
public class IssuerKeys {

	static final int KEY_SIZE = 3072;

	private final IssuerKeyStore store;

	private final CredentialLinks links;

	private final Clock clock;

	public IssuerKeys(IssuerKeyStore store, CredentialLinks links, Clock clock) {
		this.store = store;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * The key that signs now, created if there is none yet.
	 * @return the key
	 */
	public Mono<IssuerKey> active() {
		return this.store.latest().switchIfEmpty(Mono.defer(() -> add(1)));
	}

	/**
	 * Makes a new key the active one. Earlier keys stay published, so everything they
	 * signed still verifies. When two rotations race, both end with the same new key.
	 * @return the key that is active now
	 */
	public Mono<IssuerKey> rotate() {
		return this.store.latest().map((latest) -> latest.generation() + 1).defaultIfEmpty(1).flatMap(this::add);
	}

	/**
	 * Every key the issuer ever signed with, public parts only.
	 * @return the key set that {@code /.well-known/jwks.json} serves
	 */
	public Mono<JWKSet> published() {
		return active().thenMany(this.store.all()).map((key) -> (JWK) key.publicJwk()).collectList().map(JWKSet::new);
	}

	/**
	 * One published key.
	 * @param thumbprint the key's RFC 7638 thumbprint, the last segment of its
	 * {@code kid}
	 * @return the public key, or empty if no key has this thumbprint
	 */
	public Mono<RSAKey> key(String thumbprint) {
		return this.store.all().map(IssuerKey::publicJwk).filter((key) -> thumbprint.equals(thumbprint(key))).next();
	}

	private Mono<IssuerKey> add(int generation) {
		// Generating an RSA key takes a while; keep it off the event loop.
		return Mono.fromCallable(() -> generate(generation))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(this.store::insertIfAbsent)
			// Whether this key or another replica's won the generation, the newest
			// stored key is the active one.
			.then(this.store.latest());
	}

	private IssuerKey generate(int generation) throws JOSEException {
		RSAKey pair = new RSAKeyGenerator(KEY_SIZE).generate();
		RSAKey key = new RSAKey.Builder(pair).keyID(this.links.key(thumbprint(pair)))
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build();
		return new IssuerKey(generation, key, this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}

	private static String thumbprint(RSAKey key) {
		try {
			return key.computeThumbprint().toString();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot compute the thumbprint of an RSA key", ex);
		}
	}

}
