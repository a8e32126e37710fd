package academy.agora.certificate.credential.domain;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerKeysTests {

	/** Every JWK member that carries private key material (RFC 7518, section 6). */
	static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

	private final Credentials fixture = new Credentials();

	@Test
	void theFirstKeyIsCreatedOnceAndARestartFindsIt() {
		IssuerKey first = this.fixture.keys.active().block();

		IssuerKey afterRestart = new IssuerKeys(this.fixture.keyStore, this.fixture.links, this.fixture.clock).active()
			.block();

		assertThat(afterRestart).isEqualTo(first);
		assertThat(first.generation()).isOne();
		assertThat(this.fixture.keyStore.byGeneration).hasSize(1);
	}

	@Test
	void theKeyIdIsTheUrlOfThePublicKeyAndTheKeySignsWithRs256() throws Exception {
		IssuerKey key = this.fixture.keys.active().block();

		String thumbprint = key.jwk().computeThumbprint().toString();
		assertThat(key.keyId()).isEqualTo("https://certificates.agora.academy/api/issuer/keys/" + thumbprint);
		assertThat(key.jwk().size()).isEqualTo(IssuerKeys.KEY_SIZE);
		assertThat(key.jwk().getAlgorithm()).hasToString("RS256");
		assertThat(this.fixture.keys.key(thumbprint).block()).isEqualTo(key.publicJwk());
		assertThat(this.fixture.keys.key("no-such-key").blockOptional()).isEmpty();
	}

	@Test
	void afterARotationTheNewKeySignsAndWhatTheOldOneSignedStillVerifies() {
		String before = this.fixture.credentials.issue(Credentials.claim(List.of())).block();
		IssuerKey old = this.fixture.keys.active().block();

		IssuerKey rotated = this.fixture.keys.rotate().block();
		String after = this.fixture.credentials.issue(Credentials.claim(List.of())).block();

		assertThat(rotated.generation()).isEqualTo(2);
		assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
		assertThat(this.fixture.keys.active().block()).isEqualTo(rotated);
		assertThat(Credentials.header(before)).containsEntry("kid", old.keyId());
		assertThat(Credentials.header(after)).containsEntry("kid", rotated.keyId());
		assertThat(this.fixture.keys.published().block().getKeys()).extracting(JWK::getKeyID)
			.containsExactly(old.keyId(), rotated.keyId());
		assertThat(this.fixture.verifier.verify(before).block()).isNotEmpty();
		assertThat(this.fixture.verifier.verify(after).block()).isNotEmpty();
	}

	@Test
	void racingRotationsEndWithOneNewKey() {
		this.fixture.keys.active().block();
		IssuerKeys otherReplica = new IssuerKeys(this.fixture.keyStore, this.fixture.links, this.fixture.clock);

		List<IssuerKey> rotated = Mono.zip(this.fixture.keys.rotate(), otherReplica.rotate())
			.map((both) -> List.of(both.getT1(), both.getT2()))
			.block();

		assertThat(rotated.get(0)).isEqualTo(rotated.get(1));
		assertThat(this.fixture.keyStore.byGeneration).hasSize(2);
	}

	@Test
	void theKeySetHasPublicPartsOnly() {
		this.fixture.keys.active().block();
		this.fixture.keys.rotate().block();

		Map<String, Object> keySet = this.fixture.keys.published().block().toJSONObject();

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> keys = (List<Map<String, Object>>) keySet.get("keys");
		assertThat(keys).hasSize(2).allSatisfy((key) -> {
			assertThat(key).containsKeys("kty", "n", "e", "kid")
				.containsEntry("use", "sig")
				.containsEntry("alg", "RS256");
			assertThat(key).doesNotContainKeys(PRIVATE_MEMBERS.toArray(String[]::new));
		});
	}

	@Test
	void anIssuerKeyNeverPrintsItsPrivatePart() {
		IssuerKey key = this.fixture.keys.active().block();
		RSAKey jwk = key.jwk();

		assertThat(key.toString()).contains(key.keyId())
			.doesNotContain(jwk.getPrivateExponent().toString())
			.doesNotContain(jwk.getFirstPrimeFactor().toString());
	}

}
