package academy.agora.support.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What an access token must be, beyond a valid signature, issuer, audience and lifetime
 * (which Spring Boot checks from the resource-server properties, with 60 s of clock
 * skew): it names its subject, it expires, it carries the {@code roles} claim every rule
 * here relies on, and it is not an ID token. An ID token is signed by the same issuer;
 * accepting one would let any client that saw a user's ID token act as that user. Its
 * audience is the client, so the audience check refuses it already; the {@code at_hash}
 * and Keycloak's {@code typ: ID} catch one minted for our audience all the same.
 */
class TokenRules implements OAuth2TokenValidator<Jwt> {

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		List<OAuth2Error> errors = new ArrayList<>();
		if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
			errors.add(invalid("The token names no subject"));
		}
		if (jwt.getExpiresAt() == null) {
			errors.add(invalid("The token does not expire"));
		}
		if (!(jwt.getClaims().get("roles") instanceof List<?> roles)
				|| !roles.stream().allMatch(String.class::isInstance)) {
			errors.add(invalid("The token carries no roles"));
		}
		if (jwt.hasClaim("at_hash") || "ID".equalsIgnoreCase(jwt.getClaimAsString("typ"))) {
			errors.add(invalid("An ID token is not an access token"));
		}
		return OAuth2TokenValidatorResult.failure(errors);
	}

	private static OAuth2Error invalid(String description) {
		return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
	}

}
