package academy.agora.identity.clients;

/**
 * The OAuth2 clients registered with the identity provider. Both are public clients (they
 * run where a secret cannot be kept), so both prove possession of the authorization code
 * with PKCE instead of a secret.
 */
public final class AgoraClients {

	/** The browser application. */
	public static final String WEB = "agora-web";

	/** Command-line tools used by people at a terminal (and the end-to-end tests). */
	public static final String CLI = "agora-cli";

	/** The loopback redirect a CLI listens on (RFC 8252 section 7.3). */
	public static final String CLI_REDIRECT_URI = "http://127.0.0.1:8400/callback";

	/**
	 * Where the web application takes the authorization code, under its base URL
	 * ({@code agora.identity.web-base-url}).
	 */
	public static final String WEB_CALLBACK_PATH = "/callback";

	/**
	 * The audience every access token carries; the resource servers reject tokens without
	 * it.
	 */
	public static final String AUDIENCE = "agora-academy";

	private AgoraClients() {
	}

}
