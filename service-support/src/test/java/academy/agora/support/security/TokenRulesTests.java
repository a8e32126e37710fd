package academy.agora.support.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRulesTests {

	private final TokenRules rules = new TokenRules();

	@Test
	void anAccessTokenWithSubjectExpiryAndRolesPasses() {
		assertThat(this.rules.validate(token().build()).hasErrors()).isFalse();
	}

	@Test
	void aTokenWithoutSubjectExpiryOrRolesFailsNamingEach() {
		Jwt bare = Jwt.withTokenValue("t").header("alg", "RS256").claim("iss", "https://issuer").build();

		assertThat(this.rules.validate(bare).getErrors()).extracting((error) -> error.getDescription())
			.containsExactlyInAnyOrder("The token names no subject", "The token does not expire",
					"The token carries no roles");
	}

	@Test
	void rolesMustBeAListOfStrings() {
		assertThat(this.rules.validate(token().claim("roles", "admin").build()).hasErrors()).isTrue();
		assertThat(this.rules.validate(token().claim("roles", List.of(1, 2)).build()).hasErrors()).isTrue();
		assertThat(this.rules.validate(token().claim("roles", List.of()).build()).hasErrors()).isFalse();
	}

	@Test
	void anIdTokenIsNotAnAccessToken() {
		assertThat(this.rules.validate(token().claim("at_hash", "abc").build()).hasErrors()).isTrue();
		assertThat(this.rules.validate(token().claim("typ", "ID").build()).hasErrors()).isTrue();
		assertThat(this.rules.validate(token().claim("typ", "Bearer").build()).hasErrors()).isFalse();
	}

	/**
	 * Guards the attack suite's controls: what it calls "within the skew" must be a token
	 * the decoder accepts for that reason, not refused for another.
	 */
	@Test
	void aTokenExpiredWithinTheClockSkewIsStillAccepted() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
		decoder.setJwtValidator(JwtValidators.createDefault());
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
				new JWTClaimsSet.Builder().subject("ana")
					.issueTime(Date.from(now.minusSeconds(600)))
					.expirationTime(Date.from(now.minusSeconds(30)))
					.build());
		jwt.sign(new RSASSASigner(key));

		assertThat(decoder.decode(jwt.serialize()).block().getSubject()).isEqualTo("ana");
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("ana")
			.expiresAt(Instant.now().plusSeconds(300))
			.claim("roles", List.of("learner"));
	}

}
