package academy.agora.identity.server;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;

/**
 * A public client that identified itself by {@code client_id} alone, on a request that
 * carries no PKCE verifier. Its own type, so that only
 * {@link PublicClientIdAuthenticationProvider} accepts it: Spring Authorization Server's
 * own public-client support insists on a {@code code_verifier}.
 */
final class PublicClientIdAuthenticationToken extends OAuth2ClientAuthenticationToken {

	private static final long serialVersionUID = 1L;

	PublicClientIdAuthenticationToken(String clientId) {
		super(clientId, ClientAuthenticationMethod.NONE, null, null);
	}

}
