package academy.agora.support.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The default: no front end configured, so no answer carries CORS headers and browsers
 * keep every other origin out.
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.import=classpath:agora-service-defaults.yml")
class CorsNotConfiguredTests {

	@LocalServerPort
	private int port;

	@Test
	void noAnswerCarriesCorsHeaders() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		CorsTests.preflight(client, CorsTests.FRONT_END)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
		client.get()
			.uri("/me")
			.header(HttpHeaders.ORIGIN, CorsTests.FRONT_END)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

}
