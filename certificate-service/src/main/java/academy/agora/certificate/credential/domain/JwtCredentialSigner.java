package academy.agora.certificate.credential.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import reactor.core.publisher.Mono;

/**
 * Signs credentials as Open Badges 3.0 VC-JWTs (section 8.2, "JSON Web Token Proof
 * Format"): the JWT payload is the credential itself, at the top level and not under a
 * {@code vc} claim (that wrapping is the VC Data Model 1.1 encoding, which OB 3.0 only
 * tells verifiers to accept), with the registered claims OB 3.0 requires mirroring it:
 * {@code iss} = {@code issuer.id}, {@code jti} = {@code id}, {@code nbf} =
 * {@code validFrom}, {@code sub} = {@code credentialSubject.id}, and {@code exp} =
 * {@code validUntil} when there is one. The JOSE header is {@code alg: RS256},
 * {@code typ: JWT} and a {@code kid} that is the URL of the public key; OB 3.0 allows no
 * other header.
 */
public class JwtCredentialSigner implements CredentialSigner {

	private final IssuerKeys keys;

	public JwtCredentialSigner(IssuerKeys keys) {
		this.keys = keys;
	}

	@Override
	public Mono<String> sign(Map<String, Object> credential) {
		return this.keys.active().map((key) -> sign(credential, key));
	}

	static String sign(Map<String, Object> credential, IssuerKey key) {
		// Serialized here rather than through a JWTClaimsSet, which would shuffle the
		// members: people read these payloads, and the credential reads best in its
		// order.
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("iss", issuerId(credential.get("issuer")));
		payload.put("jti", required(credential, "id"));
		payload.put("nbf", epochSeconds(required(credential, "validFrom")));
		if (credential.get("validUntil") instanceof String validUntil) {
			payload.put("exp", epochSeconds(validUntil));
		}
		if (credential.get("credentialSubject") instanceof Map<?, ?> subject
				&& subject.get("id") instanceof String id) {
			payload.put("sub", id);
		}
		payload.putAll(credential);
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
			.keyID(key.keyId())
			.build();
		JWSObject jws = new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(payload)));
		try {
			jws.sign(new RSASSASigner(key.jwk()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign with issuer key " + key.keyId(), ex);
		}
		return jws.serialize();
	}

	private static String issuerId(Object issuer) {
		if (issuer instanceof Map<?, ?> profile && profile.get("id") instanceof String id) {
			return id;
		}
		if (issuer instanceof String id) {
			return id;
		}
		throw new IllegalArgumentException("A credential needs an issuer id");
	}

	private static String required(Map<String, Object> credential, String name) {
		if (credential.get(name) instanceof String value) {
			return value;
		}
		throw new IllegalArgumentException("A credential needs '" + name + "'");
	}

	/**
	 * A JWT date has whole seconds, and a verifier checks that {@code nbf} equals
	 * {@code validFrom}: a fraction of a second would fail that check.
	 */
	private static long epochSeconds(String dateTime) {
		Instant instant = Instant.parse(dateTime);
		if (instant.getNano() != 0) {
			throw new IllegalArgumentException("A VC-JWT date must be whole seconds, not " + dateTime);
		}
		return instant.getEpochSecond();
	}

}
