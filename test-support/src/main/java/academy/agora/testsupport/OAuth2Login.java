package academy.agora.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains real tokens from the identity provider the way a person does: the OAuth 2.1
 * authorization code flow with PKCE, through the real login form, as a browser would walk
 * it (cookies kept, redirects followed one by one, the CSRF token read from the login
 * page). End-to-end tests use it instead of minting tokens themselves, so that they also
 * prove the services accept what the real issuer hands out: signature, issuer, audience
 * and claims.
 * <p>
 * The final redirect to the client's loopback callback is read, never followed: nothing
 * needs to listen there. Only the JDK is used, so any module can depend on this class.
 */
public final class OAuth2Login {

	/**
	 * The public client for people at a terminal, registered for the loopback callback.
	 */
	public static final String CLI_CLIENT_ID = "agora-cli";

	public static final String CLI_REDIRECT_URI = "http://127.0.0.1:8400/callback";

	private static final String SCOPE = "openid profile";

	private static final int MAX_REDIRECTS = 10;

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

	private static final Pattern VALUE_ATTRIBUTE = Pattern.compile("value=\"([^\"]*)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	private OAuth2Login() {
	}

	/**
	 * Signs in as {@code username} with the {@value #CLI_CLIENT_ID} client and returns
	 * the access token.
	 * @param issuerUri the issuer, e.g. {@code http://localhost:9000}
	 * @param username who signs in
	 * @param password their password
	 * @return the access token (a JWT)
	 * @throws LoginFailedException if the identity provider refuses the credentials or
	 * the flow does not end in a token
	 */
	public static String accessToken(String issuerUri, String username, String password) {
		return login(issuerUri, username, password).accessToken();
	}

	/**
	 * Signs in as {@code username} with the {@value #CLI_CLIENT_ID} client.
	 * @param issuerUri the issuer, e.g. {@code http://localhost:9000}
	 * @param username who signs in
	 * @param password their password
	 * @return the tokens of the token response
	 * @throws LoginFailedException if the identity provider refuses the credentials or
	 * the flow does not end in a token
	 */
	public static Tokens login(String issuerUri, String username, String password) {
		return login(issuerUri, CLI_CLIENT_ID, CLI_REDIRECT_URI, username, password);
	}

	/**
	 * Signs in as {@code username} with any public client.
	 * @param issuerUri the issuer, e.g. {@code http://localhost:9000}
	 * @param clientId the public client
	 * @param redirectUri a redirect URI registered for that client; never connected to
	 * @param username who signs in
	 * @param password their password
	 * @return the tokens of the token response
	 * @throws LoginFailedException if the identity provider refuses the credentials or
	 * the flow does not end in a token
	 */
	public static Tokens login(String issuerUri, String clientId, String redirectUri, String username,
			String password) {
		return new Flow(URI.create(withoutTrailingSlash(issuerUri)), clientId, redirectUri).run(username, password);
	}

	/**
	 * Exchanges a refresh token for new tokens, as a public client does (no secret).
	 * @param issuerUri the issuer
	 * @param clientId the public client the refresh token was issued to
	 * @param refreshToken the refresh token
	 * @return the tokens of the token response
	 * @throws LoginFailedException if the identity provider refuses the refresh token
	 */
	public static Tokens refresh(String issuerUri, String clientId, String refreshToken) {
		Flow flow = new Flow(URI.create(withoutTrailingSlash(issuerUri)), clientId, null);
		return flow.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
	}

	private static String withoutTrailingSlash(String uri) {
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	/**
	 * The tokens of a successful token response.
	 *
	 * @param accessToken the access token (a JWT)
	 * @param idToken the OpenID Connect ID token, or {@code null}
	 * @param refreshToken the refresh token, or {@code null} when none was issued
	 */
	public record Tokens(String accessToken, String idToken, String refreshToken) {

		@Override
		public String toString() {
			return "Tokens[not shown]";
		}

	}

	/**
	 * The identity provider did not hand out a token: wrong credentials, an unknown
	 * client, or an unexpected page along the way.
	 */
	public static final class LoginFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		LoginFailedException(String message) {
			super(message);
		}

	}

	/**
	 * Where a walk through redirects ended: the last page fetched, or the target of a
	 * redirect that leaves the identity provider (then {@code response} is that
	 * redirect).
	 */
	private record Arrival(URI uri, HttpResponse<String> response) {

	}

	private static final class Flow {

		private final URI issuer;

		private final String clientId;

		private final String redirectUri;

		private final HttpClient http;

		Flow(URI issuer, String clientId, String redirectUri) {
			this.issuer = issuer;
			this.clientId = clientId;
			this.redirectUri = redirectUri;
			this.http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(TIMEOUT)
				.build();
		}

		Tokens run(String username, String password) {
			String verifier = randomUrlSafe(32);
			String state = randomUrlSafe(16);
			Map<String, String> authorization = new LinkedHashMap<>();
			authorization.put("response_type", "code");
			authorization.put("client_id", this.clientId);
			authorization.put("redirect_uri", this.redirectUri);
			authorization.put("scope", SCOPE);
			authorization.put("state", state);
			authorization.put("code_challenge", challenge(verifier));
			authorization.put("code_challenge_method", "S256");
			URI authorize = URI.create(this.issuer + "/oauth2/authorize?" + form(authorization));

			// Not signed in yet: the authorization endpoint sends us to the login page.
			Arrival loginPage = follow(authorize);
			if (loginPage.response().statusCode() != 200 || !loginPage.uri().getPath().endsWith("/login")) {
				throw unexpected("the login page", loginPage);
			}
			String csrf = csrfToken(loginPage.response().body());

			HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(loginPage.uri())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers
					.ofString(form(Map.of("username", username, "password", password, "_csrf", csrf)))));
			Optional<String> afterLogin = loggedIn.headers().firstValue("Location");
			if (afterLogin.isEmpty() || afterLogin.get().contains("error")) {
				throw new LoginFailedException("The identity provider at " + this.issuer
						+ " refused the credentials of '" + username + "' (login answered " + loggedIn.statusCode()
						+ " " + afterLogin.orElse("without a redirect") + ")");
			}

			// Signed in: back to the authorization endpoint, which redirects to the
			// client.
			Arrival callback = follow(loginPage.uri().resolve(afterLogin.get()));
			URI location = callback.uri();
			if (!location.toString().startsWith(this.redirectUri)) {
				throw unexpected("a redirect to " + this.redirectUri, callback);
			}
			Map<String, String> parameters = query(location);
			if (parameters.containsKey("error")) {
				throw new LoginFailedException(
						"The identity provider at " + this.issuer + " refused the authorization: "
								+ parameters.get("error") + " " + parameters.getOrDefault("error_description", ""));
			}
			if (!state.equals(parameters.get("state")) || !parameters.containsKey("code")) {
				throw new LoginFailedException("The redirect to the client lacks the code or the state: " + location);
			}
			return token(Map.of("grant_type", "authorization_code", "code", parameters.get("code"), "redirect_uri",
					this.redirectUri, "client_id", this.clientId, "code_verifier", verifier));
		}

		/**
		 * Follows redirects on the identity provider as a browser does; a redirect
		 * anywhere else (the client's callback) is not followed.
		 */
		private Arrival follow(URI uri) {
			URI next = uri;
			for (int i = 0; i < MAX_REDIRECTS; i++) {
				HttpResponse<String> response = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET());
				Optional<String> location = response.headers().firstValue("Location");
				if (response.statusCode() / 100 != 3 || location.isEmpty()) {
					return new Arrival(next, response);
				}
				next = next.resolve(location.get());
				if (!sameOrigin(next, this.issuer)) {
					return new Arrival(next, response);
				}
			}
			throw new LoginFailedException("More than " + MAX_REDIRECTS + " redirects, starting at " + uri);
		}

		Tokens token(Map<String, String> parameters) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.issuer + "/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
			String accessToken = jsonString(response.body(), "access_token");
			if (response.statusCode() != 200 || accessToken == null) {
				throw new LoginFailedException("The token endpoint of " + this.issuer + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return new Tokens(accessToken, jsonString(response.body(), "id_token"),
					jsonString(response.body(), "refresh_token"));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return this.http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot reach the identity provider at " + this.issuer, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while talking to " + this.issuer, ex);
			}
		}

		private static LoginFailedException unexpected(String expected, Arrival arrival) {
			HttpResponse<String> response = arrival.response();
			return new LoginFailedException(
					"Expected " + expected + " but " + response.uri() + " answered " + response.statusCode()
							+ response.headers().firstValue("Location").map((l) -> " -> " + l).orElse(""));
		}

		private static String csrfToken(String loginPage) {
			Matcher input = CSRF_INPUT.matcher(loginPage);
			if (input.find()) {
				Matcher value = VALUE_ATTRIBUTE.matcher(input.group());
				if (value.find()) {
					return value.group(1);
				}
			}
			throw new LoginFailedException("The login page has no _csrf field");
		}

		private static boolean sameOrigin(URI a, URI b) {
			return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
					&& port(a) == port(b);
		}

		private static int port(URI uri) {
			if (uri.getPort() != -1) {
				return uri.getPort();
			}
			return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
		}

	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
	}

	private static String randomUrlSafe(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = uri.getRawQuery();
		if (query == null) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return parameters;
	}

	/**
	 * Reads a string member of a flat JSON object. Token responses hold only strings and
	 * numbers, and tokens contain no characters JSON escapes, so a JSON library is not
	 * worth a dependency here.
	 */
	private static String jsonString(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		return matcher.find() ? matcher.group(1) : null;
	}

}
