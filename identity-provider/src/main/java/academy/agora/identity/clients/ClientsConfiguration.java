package academy.agora.identity.clients;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import academy.agora.identity.IdentityProviderProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

	@Bean
	RegisteredClientRepository registeredClientRepository(IdentityProviderProperties properties) {
		// Consent screens are pointless here: both clients are first-party.
		ClientSettings publicClient = ClientSettings.builder()
			.requireProofKey(true)
			.requireAuthorizationConsent(false)
			.build();
		String webBase = withoutTrailingSlash(properties.webBaseUrl().toString());
		RegisteredClient web = RegisteredClient.withId(stableId(AgoraClients.WEB))
			.clientId(AgoraClients.WEB)
			.clientName("Agora Academy web")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(webBase + AgoraClients.WEB_CALLBACK_PATH)
			.redirectUri(AgoraClients.CLI_REDIRECT_URI)
			// Where the web application's sign-out lands after ending the session here
			// (OpenID Connect RP-initiated logout).
			.postLogoutRedirectUri(webBase + "/")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(publicClient)
			// A refresh token held by a browser is a bearer secret that cannot be
			// protected: rotating it on every use makes a stolen one detectable.
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(properties.accessTokenTimeToLive())
				.refreshTokenTimeToLive(properties.refreshTokenTimeToLive())
				.reuseRefreshTokens(false)
				.build())
			.build();
		RegisteredClient cli = RegisteredClient.withId(stableId(AgoraClients.CLI))
			.clientId(AgoraClients.CLI)
			.clientName("Agora Academy command line")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.DEVICE_CODE)
			.redirectUri(AgoraClients.CLI_REDIRECT_URI)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(publicClient)
			// Time for a person to find a browser and type the code.
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(properties.accessTokenTimeToLive())
				.deviceCodeTimeToLive(Duration.ofMinutes(10))
				.build())
			.build();
		return new InMemoryRegisteredClientRepository(web, cli);
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static String stableId(String clientId) {
		return UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
