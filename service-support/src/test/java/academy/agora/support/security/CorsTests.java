package academy.agora.support.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * CORS as a browser meets it over real HTTP, with one front end configured. Preflights
 * are answered before authentication, as they carry no token.
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:agora-service-defaults.yml",
				"AGORA_CORS_ALLOWED_ORIGINS=https://academy.example.org, https://admin.academy.example.org" })
class CorsTests {

	static final String FRONT_END = "https://academy.example.org";

	@LocalServerPort
	private int port;

	private WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void aPreflightFromAConfiguredFrontEndIsAllowedWithoutCredentials() {
		preflight(this.client, FRONT_END).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,POST,PUT,PATCH,DELETE")
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "authorization, content-type, if-match")
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void aConfiguredFrontEndReadsTheAnswerAndItsExposedHeadersEvenWhenRefused() {
		this.client.get()
			.uri("/me")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Location, Retry-After");
	}

	@Test
	void anyOtherOriginIsRefused() {
		preflight(this.client, "https://evil.example.com").expectStatus()
			.isEqualTo(HttpStatus.FORBIDDEN)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		// A header the APIs do not use is refused even from the front end.
		this.client.options()
			.uri("/me")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "X-Forwarded-For")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.FORBIDDEN)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	static WebTestClient.ResponseSpec preflight(WebTestClient client, String origin) {
		return client.options()
			.uri("/me")
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, if-match")
			.exchange();
	}

}
