package academy.agora.support.security;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The token decoder every service gets from the shared defaults, against a real HTTP key
 * set: keys the issuer adds are picked up without a restart, tokens for another service
 * are refused, and an issuer that cannot be reached is an authentication-service failure
 * rather than an unexpected error.
 */
class TokenValidationTests {

	private static final String ISSUER = "https://issuer.agora.test";

	private final AtomicReference<JWKSet> published = new AtomicReference<>();

	private HttpServer issuer;

	private RSAKey first;

	@BeforeEach
	void startIssuer() throws Exception {
		this.first = new RSAKeyGenerator(2048).keyID("first").generate();
		this.published.set(new JWKSet(this.first.toPublicJWK()));
		this.issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.issuer.createContext("/jwks", (exchange) -> {
			byte[] body = this.published.get().toString(true).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.issuer.start();
	}

	@AfterEach
	void stopIssuer() {
		this.issuer.stop(0);
	}

	@Test
	void aKeyTheIssuerAddsLaterIsUsedWithoutARestart() throws Exception {
		run((decoder) -> {
			assertThat(decoder.decode(token(this.first, "agora-academy")).block().getSubject()).isEqualTo("ana");
			RSAKey rotated = new RSAKeyGenerator(2048).keyID("second").generate();
			this.published.set(new JWKSet(List.of(this.first.toPublicJWK(), rotated.toPublicJWK())));

			assertThat(decoder.decode(token(rotated, "agora-academy")).block().getSubject()).isEqualTo("ana");
			assertThat(decoder.decode(token(this.first, "agora-academy")).block().getSubject()).isEqualTo("ana");
		});
	}

	@Test
	void tokensForThePlatformOrThisServiceAreAcceptedAndOthersRefused() {
		run((decoder) -> {
			assertThat(decoder.decode(token(this.first, "progress-service")).block()).isNotNull();
			assertThatExceptionOfType(BadJwtException.class)
				.isThrownBy(() -> decoder.decode(token(this.first, "certificate-service")).block())
				.withMessageContaining("aud");
		});
	}

	@Test
	void anIssuerThatCannotBeReachedIsAFailureOfTheIssuerNotOfTheService() {
		run((decoder) -> {
			this.issuer.stop(0);

			assertThatExceptionOfType(JwtException.class)
				.isThrownBy(() -> decoder.decode(token(this.first, "agora-academy")).block())
				.isNotInstanceOf(BadJwtException.class);
		});
	}

	private void run(ThrowingConsumer test) {
		new ReactiveWebApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
			.withConfiguration(AutoConfigurations.of(ReactiveOAuth2ResourceServerAutoConfiguration.class,
					SecurityAutoConfiguration.class))
			.withBean(tools.jackson.databind.json.JsonMapper.class, tools.jackson.databind.json.JsonMapper::shared)
			.withPropertyValues("spring.config.import=classpath:agora-service-defaults.yml",
					"spring.application.name=progress-service", "OAUTH2_ISSUER_URI=" + ISSUER,
					"OAUTH2_JWK_SET_URI=http://127.0.0.1:" + this.issuer.getAddress().getPort() + "/jwks")
			.run((context) -> test.accept(context.getBean(ReactiveJwtDecoder.class)));
	}

	private static String token(RSAKey key, String audience) throws Exception {
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer(ISSUER)
					.subject("ana")
					.audience(audience)
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(300)))
					.claim("roles", List.of("learner"))
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	@FunctionalInterface
	interface ThrowingConsumer {

		void accept(ReactiveJwtDecoder decoder) throws Exception;

	}

	static {
		// Keeps the JDK's HTTP server quiet about connections closed by the test.
		java.util.logging.Logger.getLogger("com.sun.net.httpserver").setLevel(java.util.logging.Level.OFF);
	}

}
