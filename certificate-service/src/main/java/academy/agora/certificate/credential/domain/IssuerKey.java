package academy.agora.certificate.credential.domain;

import java.time.Instant;
import java.util.Objects;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * One of the issuer's signing keys. Keys are numbered by generation: the highest is the
 * one that signs, the earlier ones stay published so that what they signed still
 * verifies.
 *
 * @param generation 1 for the first key, one more with each rotation
 * @param jwk the key pair, private parts included; its {@code kid} is the URL of its
 * public part
 * @param createdAt when it was generated
 */
public record IssuerKey(int generation, RSAKey jwk, Instant createdAt) {

	public IssuerKey {
		Objects.requireNonNull(jwk, "jwk");
		Objects.requireNonNull(jwk.getKeyID(), "kid");
		Objects.requireNonNull(createdAt, "createdAt");
		if (!jwk.isPrivate()) {
			throw new IllegalArgumentException("An issuer key signs, so it needs its private part");
		}
	}

	public String keyId() {
		return this.jwk.getKeyID();
	}

	/**
	 * What may be published.
	 * @return the public part only
	 */
	public RSAKey publicJwk() {
		return this.jwk.toPublicJWK();
	}

	/**
	 * Names the key without its material: the default would print the private key
	 * wherever a key is logged.
	 */
	@Override
	public String toString() {
		return "IssuerKey[generation=" + this.generation + ", kid=" + keyId() + ", createdAt=" + this.createdAt + "]";
	}

}
