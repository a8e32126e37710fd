package academy.agora.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, for the pages {@code OAuth2Login} does not walk through (device
 * verification) and for requests it would refuse to make (no PKCE). Keeps cookies and
 * follows redirects within the identity provider only.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI issuer;

	Browser(String issuer) {
		this.issuer = URI.create(issuer);
	}

	/** Where a walk ended: a page, or a redirect away from the identity provider. */
	record Page(URI uri, int status, String body) {

	}

	Page open(String uri) {
		URI next = URI.create(uri);
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET());
			Optional<String> location = response.headers().firstValue("Location");
			if (response.statusCode() / 100 != 3 || location.isEmpty()) {
				return new Page(next, response.statusCode(), response.body());
			}
			next = next.resolve(location.get());
			if (next.getPort() != this.issuer.getPort() || !next.getHost().equals(this.issuer.getHost())) {
				return new Page(next, response.statusCode(), "");
			}
		}
		throw new IllegalStateException("Too many redirects from " + uri);
	}

	/**
	 * Fills in the login form shown on {@code loginPage} and follows where it leads.
	 */
	Page signIn(Page loginPage, String username, String password) {
		Matcher csrf = CSRF.matcher(loginPage.body());
		if (!csrf.find()) {
			throw new IllegalStateException("Not a login page: " + loginPage.uri());
		}
		String form = Map.of("username", username, "password", password, "_csrf", csrf.group(1))
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(loginPage.uri())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		return open(loginPage.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString());
	}

	/**
	 * Submits the first form on a page with its hidden fields plus one more field, as a
	 * person ticking a box and pressing the button would.
	 */
	Page submit(Page page, String name, String value) {
		Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page.body());
		if (!action.find()) {
			throw new IllegalStateException("No form on " + page.uri());
		}
		StringBuilder form = new StringBuilder(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")
			.matcher(page.body());
		while (hidden.find()) {
			form.append('&')
				.append(hidden.group(1))
				.append('=')
				.append(URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8));
		}
		URI target = page.uri().resolve(action.group(1));
		HttpResponse<String> response = send(HttpRequest.newBuilder(target)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
		return open(target.resolve(response.headers().firstValue("Location").orElseThrow()).toString());
	}

	HttpResponse<String> post(String uri, String form) {
		return send(HttpRequest.newBuilder(URI.create(uri))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	HttpResponse<String> get(String uri, String accept, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
