package academy.agora.identity.server;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PublicClientIdAuthenticationConverterTests {

	private final PublicClientIdAuthenticationConverter converter = new PublicClientIdAuthenticationConverter(
			AuthorizationServerSettings.builder().build());

	@Test
	void identifiesAPublicClientOnADeviceAuthorizationRequest() {
		Authentication client = this.converter.convert(post("/oauth2/device_authorization", "client_id", "agora-cli"));

		assertThat(client).isInstanceOf(PublicClientIdAuthenticationToken.class);
		assertThat(client.getPrincipal()).isEqualTo("agora-cli");
	}

	@Test
	void identifiesAPublicClientOnDeviceCodeAndRefreshTokenGrants() {
		assertThat(this.converter.convert(post("/oauth2/token", "grant_type",
				"urn:ietf:params:oauth:grant-type:device_code", "client_id", "agora-cli", "device_code", "x")))
			.isNotNull();
		assertThat(this.converter.convert(
				post("/oauth2/token", "grant_type", "refresh_token", "client_id", "agora-web", "refresh_token", "x")))
			.isNotNull();
	}

	@Test
	void leavesTheAuthorizationCodeGrantToPkce() {
		assertThat(this.converter.convert(post("/oauth2/token", "grant_type", "authorization_code", "client_id",
				"agora-cli", "code", "x", "code_verifier", "y")))
			.isNull();
	}

	@Test
	void leavesClientsThatPresentCredentialsToTheBuiltInConverters() {
		MockHttpServletRequest basic = post("/oauth2/token", "grant_type", "refresh_token", "refresh_token", "x");
		basic.addHeader("Authorization", "Basic YTpi");
		assertThat(this.converter.convert(basic)).isNull();
		assertThat(this.converter.convert(post("/oauth2/token", "grant_type", "refresh_token", "client_id", "a",
				"client_secret", "b", "refresh_token", "x")))
			.isNull();
	}

	@Test
	void ignoresOtherEndpoints() {
		assertThat(this.converter.convert(post("/oauth2/introspect", "client_id", "agora-cli", "token", "x"))).isNull();
	}

	@Test
	void rejectsARequestWithoutExactlyOneClientId() {
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> this.converter.convert(post("/oauth2/device_authorization")));
		MockHttpServletRequest twice = post("/oauth2/device_authorization", "client_id", "agora-cli");
		twice.addParameter("client_id", "agora-web");
		assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(() -> this.converter.convert(twice));
	}

	private static MockHttpServletRequest post(String path, String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		return request;
	}

}
