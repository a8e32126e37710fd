package academy.agora.certificate.credential.domain;

import java.text.ParseException;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import reactor.core.publisher.Mono;

/**
 * Checks a VC-JWT the way an outside verifier would, but against the published keys
 * directly: the signature (RS256 only, by a key in the JWKS, chosen by {@code kid}), the
 * issuer, and that it has an id and is already valid.
 */
public class CredentialVerifier {

	private final IssuerKeys keys;

	private final String issuerId;

	public CredentialVerifier(IssuerKeys keys, String issuerId) {
		this.keys = keys;
		this.issuerId = issuerId;
	}

	/**
	 * Verifies a VC-JWT.
	 * @param compactJwt the VC-JWT
	 * @return its claims, the credential included, or an
	 * {@link InvalidCredentialException}
	 */
	public Mono<Map<String, Object>> verify(String compactJwt) {
		return this.keys.published().map((published) -> claims(compactJwt, published));
	}

	private Map<String, Object> claims(String compactJwt, JWKSet published) {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor
			.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(published)));
		processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
				new JWTClaimsSet.Builder().issuer(this.issuerId).build(), Set.of("jti", "nbf")));
		try {
			return processor.process(compactJwt, null).toJSONObject();
		}
		catch (ParseException | BadJOSEException | JOSEException ex) {
			throw new InvalidCredentialException("Not a valid credential of this issuer: " + ex.getMessage(), ex);
		}
	}

}
