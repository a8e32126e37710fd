package academy.agora.web.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Signing in, sessions and the security headers. The browser holds nothing but an
 * HttpOnly session cookie: the tokens from the identity provider stay in the server-side
 * session, so no script on the page, ours or injected, can read them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

	/** The one identity provider's registration id. */
	static final String REGISTRATION_ID = "agora";

	/** Where the identity provider sends people back with a code. */
	static final String CALLBACK_PATH = "/callback";

	static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

	static final String SESSION_COOKIE = "AGORA_WEB_SESSION";

	static final Duration SESSION_IDLE_TIME = Duration.ofHours(8);

	/** Pages anyone may open without signing in. */
	private static final String[] PUBLIC_PATHS = { "/", "/verify", "/verify/**", "/sign-in-failed", "/assets/**",
			"/favicon.ico", "/error", "/actuator/health/**" };

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
			ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients, WebProperties properties,
			RefusedRequestPage deniedPage) {
		http.authorizeExchange(
				(exchanges) -> exchanges.pathMatchers(PUBLIC_PATHS).permitAll().anyExchange().authenticated())
			.oauth2Login((login) -> login.authorizedClientRepository(authorizedClients)
				.authenticationMatcher(new PathPatternParserServerWebExchangeMatcher(CALLBACK_PATH))
				.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/sign-in-failed")))
			// Straight to the identity provider: there is only one way to sign in.
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN_PATH)))
			.logout((logout) -> logout.logoutSuccessHandler(logoutSuccessHandler(registrations, properties)))
			// Session-bound tokens, required on every POST, PUT, PATCH and DELETE.
			.csrf((csrf) -> csrf.accessDeniedHandler(deniedPage))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(properties)))
				.frameOptions((frames) -> frames.mode(Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicy((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * Nothing from other hosts, no inline scripts or styles. Forms may lead to the
	 * identity provider because signing out goes on to it.
	 */
	static String contentSecurityPolicy(WebProperties properties) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' "
				+ properties.identity().browserOrigin() + "; frame-ancestors 'none'";
	}

	private static ServerLogoutSuccessHandler logoutSuccessHandler(ReactiveClientRegistrationRepository registrations,
			WebProperties properties) {
		String home = properties.baseUrl().resolve("/").toString();
		if (properties.identity().endSessionEndpoint() == null) {
			RedirectServerLogoutSuccessHandler local = new RedirectServerLogoutSuccessHandler();
			local.setLogoutSuccessUrl(URI.create("/"));
			return local;
		}
		OidcClientInitiatedServerLogoutSuccessHandler oidc = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		oidc.setPostLogoutRedirectUri(home);
		oidc.setLogoutSuccessUrl(URI.create("/"));
		return oidc;
	}

	/**
	 * A public client (no secret can be kept by a client everyone can download, and the
	 * identity provider treats it as one) proving its code with PKCE. Built here rather
	 * than from Spring Boot's properties so that nothing is discovered at start-up.
	 */
	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(WebProperties properties) {
		WebProperties.Identity identity = properties.identity();
		ClientRegistration.Builder registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(identity.clientId())
			.clientName("Agora Academy")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(properties.baseUrl().resolve(CALLBACK_PATH).toString())
			.scope(OidcScopes.OPENID, OidcScopes.PROFILE)
			.issuerUri(identity.issuer())
			.authorizationUri(identity.authorizationEndpoint())
			.tokenUri(identity.tokenEndpoint())
			.jwkSetUri(identity.jwkSetEndpoint())
			.userInfoUri(identity.userInfoEndpoint())
			.userNameAttributeName(IdTokenClaimNames.SUB);
		if (identity.endSessionEndpoint() != null) {
			registration.providerConfigurationMetadata(Map.of("end_session_endpoint", identity.endSessionEndpoint()));
		}
		return new InMemoryReactiveClientRegistrationRepository(registration.build());
	}

	/** Tokens live in the person's session, and go when it ends. */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	/**
	 * Hands out the signed-in person's access token, refreshing it with the refresh token
	 * once it has expired (the identity provider rotates refresh tokens on every use).
	 */
	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken((refresh) -> refresh.clockSkew(Duration.ofSeconds(30)))
			.build());
		return manager;
	}

	/**
	 * The session cookie: HttpOnly, SameSite=Lax (sent when following a link here, never
	 * on another site's form post or script request), and named apart from the identity
	 * provider's, since browsers share cookies across the ports of one host.
	 */
	@Bean
	WebSessionManager webSessionManager(WebProperties properties) {
		CookieWebSessionIdResolver cookies = new CookieWebSessionIdResolver();
		cookies.setCookieName(SESSION_COOKIE);
		cookies.addCookieInitializer(
				(cookie) -> cookie.httpOnly(true).sameSite("Lax").path("/").secure(properties.secureCookies()));
		InMemoryWebSessionStore store = new InMemoryWebSessionStore() {
			// As long as a refresh token lasts, so that a learner who spends an hour on a
			// lesson is still signed in when they mark it complete.
			@Override
			public Mono<WebSession> createWebSession() {
				return super.createWebSession().doOnNext((session) -> session.setMaxIdleTime(SESSION_IDLE_TIME));
			}
		};
		store.setMaxSessions(20_000);
		DefaultWebSessionManager sessions = new DefaultWebSessionManager();
		sessions.setSessionIdResolver(cookies);
		sessions.setSessionStore(store);
		return sessions;
	}

}
