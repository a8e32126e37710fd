package academy.agora.identity.server;

import java.time.Instant;
import java.util.Base64;

import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Issues refresh tokens to public clients too, but only to those whose refresh tokens
 * rotate on every use, as OAuth 2.1 (section 4.3.1) requires for public clients. Spring's
 * {@link OAuth2RefreshTokenGenerator} never issues them to public clients, which would
 * leave the web client's {@code refresh_token} grant without effect.
 */
final class RotatingRefreshTokenGenerator implements OAuth2TokenGenerator<OAuth2RefreshToken> {

	private final StringKeyGenerator tokenValues = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(),
			96);

	@Override
	public OAuth2RefreshToken generate(OAuth2TokenContext context) {
		RegisteredClient client = context.getRegisteredClient();
		if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
				|| !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)
				|| (isPublic(client) && client.getTokenSettings().isReuseRefreshTokens())) {
			return null;
		}
		Instant issuedAt = Instant.now();
		Instant expiresAt = issuedAt.plus(client.getTokenSettings().getRefreshTokenTimeToLive());
		return new OAuth2RefreshToken(this.tokenValues.generateKey(), issuedAt, expiresAt);
	}

	private static boolean isPublic(RegisteredClient client) {
		return client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE);
	}

}
