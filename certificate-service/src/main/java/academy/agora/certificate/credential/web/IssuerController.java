package academy.agora.certificate.credential.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import academy.agora.certificate.credential.domain.CredentialLinks;
import academy.agora.certificate.credential.domain.Issuer;
import academy.agora.certificate.credential.domain.IssuerKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The issuer as verifiers see it, without sign-in: its profile, its public keys as a set
 * and one by one (a credential's {@code kid} is the URL of its key), and, for
 * administrators, key rotation.
 */
@RestController
class IssuerController {

	private static final Logger logger = LoggerFactory.getLogger(IssuerController.class);

	static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");

	static final MediaType JWK = MediaType.parseMediaType("application/jwk+json");

	/**
	 * Verifiers cache the key set; after a rotation, a verifier that meets the new
	 * {@code kid} before this runs out fetches the set again (as JOSE libraries do for an
	 * unknown {@code kid}), unless a cache in between keeps the old one that long.
	 */
	private static final Duration KEY_SET_MAX_AGE = Duration.ofMinutes(5);

	/** A key's public part never changes under its {@code kid}. */
	private static final Duration KEY_MAX_AGE = Duration.ofDays(1);

	private static final Duration PROFILE_MAX_AGE = Duration.ofHours(1);

	private final IssuerKeys keys;

	private final Issuer issuer;

	IssuerController(IssuerKeys keys, Issuer issuer) {
		this.keys = keys;
		this.issuer = issuer;
	}

	@GetMapping(CredentialLinks.ISSUER_PATH)
	ResponseEntity<Map<String, Object>> profile() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(PROFILE_MAX_AGE).cachePublic())
			.body(this.issuer.profile());
	}

	@GetMapping(CredentialLinks.JWKS_PATH)
	Mono<ResponseEntity<Map<String, Object>>> keySet() {
		// JWKSet.toJSONObject() without an argument leaves private parts out.
		return this.keys.published()
			.map((published) -> ResponseEntity.ok()
				.contentType(JWK_SET)
				.cacheControl(CacheControl.maxAge(KEY_SET_MAX_AGE).cachePublic())
				.body(published.toJSONObject()));
	}

	@GetMapping(CredentialLinks.KEYS_PATH + "{thumbprint}")
	Mono<ResponseEntity<Map<String, Object>>> key(@PathVariable String thumbprint) {
		return this.keys.key(thumbprint)
			.map((key) -> ResponseEntity.ok()
				.contentType(JWK)
				.cacheControl(CacheControl.maxAge(KEY_MAX_AGE).cachePublic())
				.body(key.toJSONObject()))
			.switchIfEmpty(Mono.error(IssuerKeyNotFoundException::new));
	}

	/**
	 * Rotates the signing key; administrators only (see {@code SecurityConfig}).
	 * @return the new active key's public part, at the URL that is its {@code kid}
	 */
	@PostMapping(CredentialLinks.KEYS_PATH + "rotation")
	Mono<ResponseEntity<Map<String, Object>>> rotate(@AuthenticationPrincipal Jwt administrator) {
		return this.keys.rotate()
			.doOnNext((key) -> logger.info("Issuer key rotated by {}; active now: {}", administrator.getSubject(), key))
			.map((key) -> ResponseEntity.created(URI.create(key.keyId()))
				.contentType(JWK)
				.body(key.publicJwk().toJSONObject()));
	}

}
