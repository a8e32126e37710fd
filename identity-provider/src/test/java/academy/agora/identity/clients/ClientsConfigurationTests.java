package academy.agora.identity.clients;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import academy.agora.identity.IdentityProviderProperties;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

class ClientsConfigurationTests {

	@Test
	void theWebClientRedirectsToTheConfiguredWebApplication() {
		RegisteredClient web = new ClientsConfiguration()
			.registeredClientRepository(new IdentityProviderProperties(Path.of("unused"), Duration.ofMinutes(30),
					Duration.ofHours(8), URI.create("http://localhost:18080/")))
			.findByClientId(AgoraClients.WEB);
		assertThat(web.getRedirectUris()).containsExactlyInAnyOrder("http://localhost:18080/callback",
				AgoraClients.CLI_REDIRECT_URI);
		assertThat(web.getPostLogoutRedirectUris()).containsExactly("http://localhost:18080/");
	}

}
