package academy.agora.identity.server;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Accepts a {@link PublicClientIdAuthenticationToken} for a client registered as public
 * ({@link ClientAuthenticationMethod#NONE}). Whether that client may use the grant it
 * asks for is still checked by the grant's own provider.
 */
final class PublicClientIdAuthenticationProvider implements AuthenticationProvider {

	private final RegisteredClientRepository registeredClients;

	PublicClientIdAuthenticationProvider(RegisteredClientRepository registeredClients) {
		this.registeredClients = registeredClients;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String clientId = (String) authentication.getPrincipal();
		RegisteredClient client = this.registeredClients.findByClientId(clientId);
		if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, "Client authentication failed", null));
		}
		return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PublicClientIdAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
