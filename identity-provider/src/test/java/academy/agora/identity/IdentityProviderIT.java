package academy.agora.identity;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import academy.agora.testsupport.OAuth2Login;
import academy.agora.testsupport.OAuth2Login.LoginFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

@TestInstance(Lifecycle.PER_CLASS)
class IdentityProviderIT {

	private static final String DEMO_PASSWORD = "demo";

	private static final String AUDIENCE = "agora-academy";

	private static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

	private final JsonMapper json = JsonMapper.builder().build();

	// Static: an instance field is injected only before each test, after @BeforeAll.
	@TempDir
	static Path dataDir;

	private RunningIdentityProvider idp;

	@BeforeAll
	void start() {
		this.idp = RunningIdentityProvider.start(dataDir);
	}

	@AfterAll
	void stop() {
		this.idp.close();
	}

	@Test
	void discoveryAnswersWithTheConfiguredIssuer() {
		JsonNode openid = getJson("/.well-known/openid-configuration");
		assertThat(openid.get("issuer").asString()).isEqualTo(this.idp.issuer());
		assertThat(openid.get("jwks_uri").asString()).isEqualTo(this.idp.jwksUri());
		assertThat(openid.get("device_authorization_endpoint").asString())
			.isEqualTo(this.idp.issuer() + "/oauth2/device_authorization");
		assertThat(strings(openid.get("token_endpoint_auth_methods_supported"))).contains("none");
		assertThat(strings(openid.get("grant_types_supported"))).doesNotContain("password");
		JsonNode oauth2 = getJson("/.well-known/oauth-authorization-server");
		assertThat(oauth2.get("issuer").asString()).isEqualTo(this.idp.issuer());
	}

	@Test
	void accessTokenCarriesTheProfileAndVerifiesAgainstTheJwks() {
		Jwt token = TokenVerifier.verify(OAuth2Login.accessToken(this.idp.issuer(), "ana", DEMO_PASSWORD), this.idp,
				AUDIENCE);

		assertThat(token.getSubject()).isEqualTo("ana");
		assertThat(token.getClaimAsString("name")).isEqualTo("Ana Petrovska");
		assertThat(token.getClaimAsStringList("roles")).containsExactly("learner");
		assertThat(token.getClaimAsString("municipality")).isEqualTo("Ohrid");
		assertThat(token.getClaimAsString("locale")).isEqualTo("mk");
		assertThat(token.getAudience()).containsExactly(AUDIENCE);
		assertThat(token.getClaimAsString("client_id")).isEqualTo("agora-cli");
		assertThat(token.getIssuer()).hasToString(this.idp.issuer());
		assertThat(token.getHeaders()).containsKey("kid");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ana   | Ana Petrovska          | learner     | Ohrid      | mk
			marko | Marko Jovanović        | learner     | Kragujevac | sr-Latn
			elira | Elira Hoxha            | author      | Tirana     | sq
			ivana | Ivana Kovač            | coordinator | Zagreb     | hr
			admin | Platform Administrator | admin       | ''         | en
			""")
	void everyDemoUserHasTheirClaimsInAccessTokenIdTokenAndUserInfo(String username, String name, String role,
			String municipality, String locale) {
		OAuth2Login.Tokens tokens = OAuth2Login.login(this.idp.issuer(), username, DEMO_PASSWORD);
		Map<String, Object> expected = Map.of("sub", username, "name", name, "roles", List.of(role), "municipality",
				municipality, "locale", locale);

		Jwt accessToken = TokenVerifier.verify(tokens.accessToken(), this.idp, AUDIENCE);
		assertThat(accessToken.getClaims()).containsAllEntriesOf(expected);
		Jwt idToken = TokenVerifier.verify(tokens.idToken(), this.idp, "agora-cli");
		assertThat(idToken.getClaims()).containsAllEntriesOf(expected);

		HttpResponse<String> userInfo = new Browser(this.idp.issuer()).get(this.idp.issuer() + "/userinfo",
				"application/json", "Bearer " + tokens.accessToken());
		assertThat(userInfo.statusCode()).isEqualTo(200);
		Map<String, Object> claims = this.json.readValue(userInfo.body(), new TypeReference<>() {
		});
		assertThat(claims).containsAllEntriesOf(expected);
	}

	@Test
	void wrongPasswordYieldsNoToken() {
		assertThatExceptionOfType(LoginFailedException.class)
			.isThrownBy(() -> OAuth2Login.accessToken(this.idp.issuer(), "ana", "not-the-password"))
			.withMessageContaining("refused the credentials of 'ana'");
	}

	@Test
	void unknownUserYieldsNoToken() {
		assertThatExceptionOfType(LoginFailedException.class)
			.isThrownBy(() -> OAuth2Login.accessToken(this.idp.issuer(), "mallory", DEMO_PASSWORD))
			.withMessageContaining("refused the credentials of 'mallory'");
	}

	@Test
	void tokenForAnotherAudienceIsRejectedByAResourceServer() {
		String token = OAuth2Login.accessToken(this.idp.issuer(), "ana", DEMO_PASSWORD);
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> TokenVerifier.verify(token, this.idp, "some-other-api"));
	}

	@Test
	void webClientRefreshTokensRotate() {
		OAuth2Login.Tokens first = OAuth2Login.login(this.idp.issuer(), "agora-web", "http://localhost:8080/callback",
				"elira", DEMO_PASSWORD);
		assertThat(first.refreshToken()).isNotBlank();

		OAuth2Login.Tokens second = OAuth2Login.refresh(this.idp.issuer(), "agora-web", first.refreshToken());
		Jwt refreshed = TokenVerifier.verify(second.accessToken(), this.idp, AUDIENCE);
		assertThat(refreshed.getSubject()).isEqualTo("elira");
		assertThat(refreshed.getClaimAsStringList("roles")).containsExactly("author");
		assertThat(refreshed.getClaimAsString("client_id")).isEqualTo("agora-web");
		assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());

		assertThatExceptionOfType(LoginFailedException.class)
			.isThrownBy(() -> OAuth2Login.refresh(this.idp.issuer(), "agora-web", first.refreshToken()))
			.withMessageContaining("invalid_grant");
	}

	@Test
	void cliClientGetsNoRefreshToken() {
		assertThat(OAuth2Login.login(this.idp.issuer(), "marko", DEMO_PASSWORD).refreshToken()).isNull();
	}

	@Test
	void authorizationRequestWithoutPkceIsRefusedBeforeAnyoneSignsIn() {
		String authorize = this.idp.issuer() + "/oauth2/authorize?response_type=code&client_id=agora-cli&scope=openid"
				+ "&redirect_uri=http://127.0.0.1:8400/callback&state=xyz";
		Browser.Page page = new Browser(this.idp.issuer()).open(authorize);

		assertThat(page.uri().toString()).startsWith("http://127.0.0.1:8400/callback")
			.contains("error=invalid_request")
			.contains("code_challenge")
			.doesNotContain("code=");
	}

	@Test
	void unregisteredRedirectUriIsRefused() {
		String authorize = this.idp.issuer() + "/oauth2/authorize?response_type=code&client_id=agora-web"
				+ "&scope=openid&redirect_uri=http://evil.example/callback&state=xyz"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
		Browser.Page page = new Browser(this.idp.issuer()).open(authorize);

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.uri().getHost()).isEqualTo("localhost");
	}

	@Test
	void passwordGrantDoesNotExist() {
		HttpResponse<String> response = new Browser(this.idp.issuer()).post(this.idp.issuer() + "/oauth2/token",
				"grant_type=password&username=ana&password=demo&client_id=agora-cli");
		assertThat(response.statusCode()).isBetween(400, 401);
		assertThat(response.body()).doesNotContain("access_token");
	}

	@Test
	void deviceAuthorizationGrantSignsInATerminal() {
		Browser terminal = new Browser(this.idp.issuer());
		JsonNode device = this.json.readTree(
				terminal.post(this.idp.issuer() + "/oauth2/device_authorization", "client_id=agora-cli&scope=profile")
					.body());
		String poll = "grant_type=" + DEVICE_CODE_GRANT + "&client_id=agora-cli&device_code="
				+ device.get("device_code").asString();
		assertThat(terminal.post(this.idp.issuer() + "/oauth2/token", poll).body()).contains("authorization_pending");

		// The person opens the verification page, signs in and types the code.
		Browser person = new Browser(this.idp.issuer());
		Browser.Page codeForm = person.signIn(person.open(device.get("verification_uri").asString()), "ivana",
				DEMO_PASSWORD);
		assertThat(codeForm.body()).contains("name=\"user_code\"");
		Browser.Page confirmation = person
			.open(device.get("verification_uri").asString() + "?user_code=" + device.get("user_code").asString());
		// RFC 8628 section 5.4: the person confirms, so a link crafted by someone else
		// signs in no device.
		assertThat(confirmation.body()).contains(device.get("user_code").asString());
		assertThat(terminal.post(this.idp.issuer() + "/oauth2/token", poll).body()).contains("authorization_pending");
		Browser.Page done = person.submit(confirmation, "scope", "profile");
		assertThat(done.uri().getQuery()).isEqualTo("success");
		assertThat(done.body()).contains("Your device is signed in");

		HttpResponse<String> response = terminal.post(this.idp.issuer() + "/oauth2/token", poll);
		assertThat(response.statusCode()).isEqualTo(200);
		Jwt token = TokenVerifier.verify(this.json.readTree(response.body()).get("access_token").asString(), this.idp,
				AUDIENCE);
		assertThat(token.getSubject()).isEqualTo("ivana");
		assertThat(token.getClaimAsStringList("roles")).containsExactly("coordinator");
		assertThat(token.getClaimAsString("municipality")).isEqualTo("Zagreb");
	}

	@Test
	void webClientCannotUseTheDeviceGrant() {
		HttpResponse<String> response = new Browser(this.idp.issuer())
			.post(this.idp.issuer() + "/oauth2/device_authorization", "client_id=agora-web&scope=profile");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("unauthorized_client");
	}

	@Test
	void getTokenScriptPrintsOnlyAVerifiableAccessToken() throws Exception {
		assumeThat(onPath("curl")).as("curl is installed").isTrue();

		Script ok = runGetToken("elira");
		assertThat(ok.exitCode()).as(ok.stderr()).isZero();
		assertThat(ok.stdout().lines()).hasSize(1);
		Jwt token = TokenVerifier.verify(ok.stdout().strip(), this.idp, AUDIENCE);
		assertThat(token.getSubject()).isEqualTo("elira");
		assertThat(token.getClaimAsString("municipality")).isEqualTo("Tirana");

		Script refused = runGetToken("elira", "wrong");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.stdout()).isEmpty();
		assertThat(refused.stderr()).contains("refused the credentials of 'elira'");
	}

	private Script runGetToken(String... arguments) throws IOException, InterruptedException {
		Path script = Path.of("..", "deploy", "get-token.sh").toAbsolutePath().normalize();
		List<String> command = new ArrayList<>(List.of("bash", script.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("OAUTH2_ISSUER_URI", this.idp.issuer());
		Path stdout = Files.createTempFile(dataDir, "stdout", ".txt");
		Path stderr = Files.createTempFile(dataDir, "stderr", ".txt");
		Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("get-token.sh finished").isTrue();
		return new Script(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8));
	}

	private record Script(int exitCode, String stdout, String stderr) {

	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv("PATH").split(File.pathSeparator))
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, command)));
	}

	private JsonNode getJson(String path) {
		HttpResponse<String> response = new Browser(this.idp.issuer()).get(this.idp.issuer() + path, "application/json",
				null);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

}
