package academy.agora.support.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every response carries a Content-Security-Policy over real HTTP: none may load anything
 * unless it is the API explorer, and a page's own policy is kept.
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.config.import=classpath:agora-service-defaults.yml", "spring.application.name=csp-test" })
class ContentSecurityPolicyTests {

	@LocalServerPort
	private int port;

	private WebTestClient http;

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void anApiAnswerMayLoadNothingAndBeFramedNowhere() {
		this.http.get()
			.uri("/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("Content-Security-Policy", ContentSecurityPolicy.NOTHING)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer");
	}

	@Test
	void theApiExplorerMayLoadFromItsOwnOrigin() {
		this.http.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", ContentSecurityPolicy.SAME_ORIGIN);
	}

	@Test
	void aPageWithAPolicyOfItsOwnKeepsIt() {
		this.http.get()
			.uri("/own-policy")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", "default-src 'none'; style-src 'self'");
	}

}
