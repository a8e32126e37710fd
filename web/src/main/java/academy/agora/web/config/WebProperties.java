package academy.agora.web.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the web application.
 *
 * @param baseUrl where browsers reach this application, such as
 * {@code https://academy.example.org}; redirects to and from the identity provider are
 * built from it
 * @param secureCookies whether the session cookie is sent over HTTPS only; on wherever
 * the application is served over HTTPS
 * @param services where the services answer
 * @param identity the OpenID Connect provider people sign in with
 */
@ConfigurationProperties("agora.web")
public record WebProperties(@DefaultValue("http://localhost:8080") URI baseUrl, boolean secureCookies,
		@DefaultValue Services services, @DefaultValue Identity identity) {

	/**
	 * The services' base URLs.
	 *
	 * @param course course-service
	 * @param progress progress-service
	 * @param certificate certificate-service
	 * @param timeout how long a page waits for a service before it says the service is
	 * unavailable
	 */
	public record Services(@DefaultValue("http://localhost:8081") URI course,
			@DefaultValue("http://localhost:8082") URI progress, @DefaultValue("http://localhost:8083") URI certificate,
			@DefaultValue("10s") Duration timeout) {
	}

	/**
	 * The OpenID Connect provider. Every endpoint left blank is Spring Authorization
	 * Server's path under the issuer, as the bundled identity provider serves them.
	 *
	 * @param clientId this application's client id, a public client using PKCE
	 * @param issuer exactly the {@code iss} of the provider's tokens
	 * @param authorizationUri where browsers are sent to sign in
	 * @param tokenUri where codes and refresh tokens are exchanged, server to server
	 * @param jwkSetUri the keys that sign ID tokens
	 * @param userInfoUri the userinfo endpoint
	 * @param endSessionUri where browsers are sent to sign out (OpenID Connect
	 * RP-initiated logout); {@code none} to sign out of this application only
	 */
	public record Identity(@DefaultValue("agora-web") String clientId,
			@DefaultValue("http://localhost:9000") String issuer, String authorizationUri, String tokenUri,
			String jwkSetUri, String userInfoUri, String endSessionUri) {

		public String authorizationEndpoint() {
			return orUnderIssuer(this.authorizationUri, "/oauth2/authorize");
		}

		public String tokenEndpoint() {
			return orUnderIssuer(this.tokenUri, "/oauth2/token");
		}

		public String jwkSetEndpoint() {
			return orUnderIssuer(this.jwkSetUri, "/oauth2/jwks");
		}

		public String userInfoEndpoint() {
			return orUnderIssuer(this.userInfoUri, "/userinfo");
		}

		/**
		 * Where to sign out at the provider.
		 * @return the endpoint, or {@code null} when signing out is local only
		 */
		public String endSessionEndpoint() {
			if ("none".equals(this.endSessionUri)) {
				return null;
			}
			return orUnderIssuer(this.endSessionUri, "/connect/logout");
		}

		/**
		 * The origin the sign-in and sign-out forms may be sent on to.
		 * @return such as {@code http://localhost:9000}
		 */
		public String browserOrigin() {
			URI uri = URI.create(authorizationEndpoint());
			return uri.getScheme() + "://" + uri.getRawAuthority();
		}

		private String orUnderIssuer(String configured, String path) {
			if (StringUtils.hasText(configured)) {
				return configured.strip();
			}
			String issuer = this.issuer.strip();
			return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + path;
		}

	}

}
