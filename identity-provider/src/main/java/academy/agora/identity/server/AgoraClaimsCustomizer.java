package academy.agora.identity.server;

import java.util.List;

import academy.agora.identity.clients.AgoraClients;
import academy.agora.identity.users.DemoUsers;

import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the person's profile into both access and ID tokens: the resource servers
 * authorise from the access token alone, and the web client shows the ID token's.
 */
final class AgoraClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String CLIENT_ID = "client_id";

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		if (accessToken) {
			// By default the audience is the client; the access token is meant for the
			// services, which check that it names them (RFC 9068 keeps the client in
			// client_id).
			context.getClaims()
				.audience(List.of(AgoraClients.AUDIENCE))
				.claim(CLIENT_ID, context.getRegisteredClient().getClientId());
		}
		DemoUsers.find(context.getPrincipal().getName())
			.ifPresent((user) -> context.getClaims().claims((claims) -> claims.putAll(user.claims())));
	}

}
