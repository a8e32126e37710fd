package academy.agora.identity;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies tokens as the resource servers do: signature against the published JWKS, then
 * issuer, lifetime and audience.
 */
final class TokenVerifier {

	private TokenVerifier() {
	}

	static Jwt verify(String token, RunningIdentityProvider idp, String audience) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(idp.jwksUri()).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				List.of(JwtValidators.createDefaultWithIssuer(idp.issuer()), new JwtAudienceValidator(audience))));
		return decoder.decode(token);
	}

}
