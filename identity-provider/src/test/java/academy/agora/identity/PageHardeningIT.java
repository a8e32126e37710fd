package academy.agora.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in pages as a browser and an attacker meet them: with the security headers,
 * and refusing a flood of sign-in attempts from one address. The identity provider here
 * has a sign-in limit of 3, so that the test needs few requests.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PageHardeningIT {

	private final HttpClient http = HttpClient.newHttpClient();

	private RunningIdentityProvider idp;

	@BeforeAll
	void start(@TempDir Path dataDir) {
		this.idp = RunningIdentityProvider.start(dataDir, RunningIdentityProvider.freePort(),
				"--agora.rate-limits[0].name=sign-in", "--agora.rate-limits[0].paths=/login",
				"--agora.rate-limits[0].methods=POST", "--agora.rate-limits[0].capacity=3",
				"--agora.rate-limits[0].refill-per-minute=1");
	}

	@AfterAll
	void stop() {
		this.idp.close();
	}

	@Test
	void theLoginPageLoadsNothingForeignCannotBeFramedAndLeaksNoReferrer() throws Exception {
		HttpResponse<String> page = get("/oauth2/authorize?response_type=code&client_id=agora-cli&scope=openid"
				+ "&redirect_uri=http://127.0.0.1:8400/callback&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
				+ "&code_challenge_method=S256&state=x");
		for (HttpResponse<String> response : List.of(page, get("/.well-known/openid-configuration"))) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		}
	}

	@Test
	void aFloodOfSignInAttemptsFromOneAddressIsRefusedWithRetryAfter() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> refused = null;
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create(this.idp.issuer() + "/login"))
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofString("username=ana&password=guess-" + i))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.build(), HttpResponse.BodyHandlers.ofString());
			statuses.add(response.statusCode());
			if (response.statusCode() == 429) {
				refused = response;
			}
		}

		assertThat(statuses).hasSize(5).doesNotContain(200).endsWith(429, 429);
		assertThat(statuses.subList(0, 3)).doesNotContain(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(refused.body()).contains("Too many attempts");
		assertThat(get("/.well-known/openid-configuration").statusCode()).as("other paths").isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.idp.issuer() + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
