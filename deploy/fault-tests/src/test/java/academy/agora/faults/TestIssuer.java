package academy.agora.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * An OAuth2 issuer for thousands of simulated learners: the bundled identity provider
 * knows five demo accounts, two of them learners. It signs RS256 access tokens with the
 * claims the services require (as the bundled provider and the Keycloak realm do) and
 * publishes its key set over HTTP on the loopback interface, so the services validate
 * every token exactly as in production: signature against the fetched key set, issuer,
 * audience, lifetime and {@code TokenRules}.
 */
final class TestIssuer implements AutoCloseable {

	private final RSAKey key;

	private final HttpServer server;

	private final String issuer;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	TestIssuer() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (JOSEException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		this.server.createContext("/jwks", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(jwks);
			}
		});
		this.server.start();
		this.issuer = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String issuer() {
		return this.issuer;
	}

	String jwkSetUri() {
		return this.issuer + "/jwks";
	}

	/**
	 * A learner's token, minted once per subject.
	 * @param subject the learner's subject
	 * @return a bearer token valid for two hours
	 */
	String learner(String subject) {
		return this.tokens.computeIfAbsent(subject, (sub) -> token(sub, "Learner " + sub, "learner", "Ohrid"));
	}

	String author() {
		return this.tokens.computeIfAbsent("fault-author", (sub) -> token(sub, "Fault Author", "author", "Tirana"));
	}

	String admin() {
		return this.tokens.computeIfAbsent("fault-admin", (sub) -> token(sub, "Fault Admin", "admin", ""));
	}

	private String token(String subject, String name, String role, String municipality) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(subject)
			.audience("agora-academy")
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now.minusSeconds(5)))
			.expirationTime(Date.from(now.plus(Duration.ofHours(2))))
			.claim("roles", List.of(role))
			.claim("name", name)
			.claim("municipality", municipality)
			.claim("locale", "en")
			.claim("scope", "openid profile")
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
