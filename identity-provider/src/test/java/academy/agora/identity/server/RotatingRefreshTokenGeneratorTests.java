package academy.agora.identity.server;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;

import static org.assertj.core.api.Assertions.assertThat;

class RotatingRefreshTokenGeneratorTests {

	private final RotatingRefreshTokenGenerator generator = new RotatingRefreshTokenGenerator();

	@Test
	void issuesToAPublicClientWhoseRefreshTokensRotate() {
		OAuth2RefreshToken token = this.generator.generate(refreshTokenFor(publicClient(false, true)));

		assertThat(token).isNotNull();
		assertThat(token.getTokenValue()).hasSizeGreaterThan(100);
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void issuesNothingToAPublicClientWhoseRefreshTokensWouldBeReused() {
		assertThat(this.generator.generate(refreshTokenFor(publicClient(true, true)))).isNull();
	}

	@Test
	void issuesNothingToAClientWithoutTheRefreshTokenGrant() {
		assertThat(this.generator.generate(refreshTokenFor(publicClient(false, false)))).isNull();
	}

	@Test
	void generatesOnlyRefreshTokens() {
		assertThat(this.generator.generate(DefaultOAuth2TokenContext.builder()
			.registeredClient(publicClient(false, true))
			.tokenType(OAuth2TokenType.ACCESS_TOKEN)
			.build())).isNull();
	}

	private static DefaultOAuth2TokenContext refreshTokenFor(RegisteredClient client) {
		return DefaultOAuth2TokenContext.builder()
			.registeredClient(client)
			.tokenType(OAuth2TokenType.REFRESH_TOKEN)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.build();
	}

	private static RegisteredClient publicClient(boolean reuseRefreshTokens, boolean refreshTokenGrant) {
		RegisteredClient.Builder client = RegisteredClient.withId("id")
			.clientId("web")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/callback")
			.tokenSettings(TokenSettings.builder()
				.reuseRefreshTokens(reuseRefreshTokens)
				.refreshTokenTimeToLive(Duration.ofHours(2))
				.build());
		if (refreshTokenGrant) {
			client.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
		}
		return client.build();
	}

}
