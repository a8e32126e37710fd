package academy.agora.web.config;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=web", "agora.web.identity.issuer=http://idp.example:9000",
				"agora.web.base-url=http://localhost:8080" })
@AutoConfigureWebTestClient
class SecurityTests {

	@Autowired
	WebTestClient client;

	/** Bound to the application, so that people can be signed in without a provider. */
	WebTestClient signedIn;

	@BeforeEach
	void bindToTheApplication(ApplicationContext context) {
		this.signedIn = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(mockOidcLogin().clientRegistration(
					context.getBean(ReactiveClientRegistrationRepository.class).findByRegistrationId("agora").block()));
	}

	@Test
	void aPersonNotSignedInIsSentToTheIdentityProviderWithPkce() {
		String signIn = this.client.get()
			.uri("/learning")
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		assertThat(signIn).isEqualTo("/oauth2/authorization/agora");

		URI authorize = this.client.get()
			.uri(signIn)
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		var query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
		assertThat(authorize.toString()).startsWith("http://idp.example:9000/oauth2/authorize?");
		assertThat(query.getFirst("client_id")).isEqualTo("agora-web");
		assertThat(query.getFirst("response_type")).isEqualTo("code");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).isNotBlank();
		assertThat(query.getFirst("redirect_uri")).isEqualTo("http://localhost:8080/callback");
		assertThat(query.getFirst("scope")).contains("openid");
	}

	@Test
	void theLandingAndVerificationPagesNeedNoSignIn() {
		this.client.get().uri("/").exchange().expectStatus().isOk();
		this.client.get().uri("/verify").exchange().expectStatus().isOk();
	}

	@Test
	void aFormSentWithoutCsrfTokenIsRefused() {
		this.signedIn.post()
			.uri("/courses/some-course/enrolment")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("The form could not be sent").doesNotContain("Exception"));
		this.signedIn.post().uri("/logout").exchange().expectStatus().isForbidden();
	}

	@Test
	void signingOutWithATokenEndsTheSessionAtTheIdentityProviderToo() {
		URI endSession = this.signedIn.mutateWith(csrf())
			.post()
			.uri("/logout")
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		assertThat(endSession.toString()).startsWith("http://idp.example:9000/connect/logout?")
			.contains("id_token_hint=")
			.contains("post_logout_redirect_uri=http://localhost:8080/");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("default-src 'self'")
						.contains("script-src 'self'")
						.contains("frame-ancestors 'none'")
						.contains("form-action 'self' http://idp.example:9000")
						.doesNotContain("unsafe-inline"))
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "same-origin");
	}

	@Test
	void anAnonymousVisitToAPublicPageStartsNoSession() {
		this.client.get().uri("/verify").exchange().expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void anUnknownAddressIsAFriendlyNotFoundPage() {
		this.signedIn.get()
			.uri("/no-such-page")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Page not found").contains("lang=\"en\""));
	}

}
