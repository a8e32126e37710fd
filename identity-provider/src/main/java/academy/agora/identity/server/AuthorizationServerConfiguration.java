package academy.agora.identity.server;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import academy.agora.identity.users.AgoraClaimNames;
import academy.agora.identity.users.DemoUsers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadata;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server's endpoints, and the form login that people reach through
 * them. Declared here rather than left to Spring Boot because Boot's default neither
 * enables the device authorization grant nor lets public clients use it.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http,
			RegisteredClientRepository registeredClients, AuthorizationServerSettings settings) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server
				.clientAuthentication((clients) -> clients
					.authenticationConverter(new PublicClientIdAuthenticationConverter(settings))
					.authenticationProvider(new PublicClientIdAuthenticationProvider(registeredClients)))
				.authorizationServerMetadataEndpoint((metadata) -> metadata
					.authorizationServerMetadataCustomizer((builder) -> advertisePublicClients(builder)))
				.deviceAuthorizationEndpoint(Customizer.withDefaults())
				.deviceVerificationEndpoint(Customizer.withDefaults())
				.oidc((oidc) -> oidc
					.providerConfigurationEndpoint((configuration) -> configuration
						.providerConfigurationCustomizer((builder) -> advertisePublicClients(builder)))
					.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper(userInfo())));
		});
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		hardenPages(http);
		// A browser that is not signed in is sent to the login page; API callers get 401.
		MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain loginSecurityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/error", "/favicon.ico")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin(Customizer.withDefaults());
		hardenPages(http);
		return http.build();
	}

	/**
	 * The login and consent pages load only this server's style sheet, run no script, and
	 * may not be framed (no clickjacking of the sign-in form). {@code form-action} is
	 * left out on purpose: browsers apply it to the redirects after a form is sent, and
	 * signing in ends in a redirect to the client's own origin. No page passes on a
	 * referrer, since the authorization request's address carries the client's state.
	 */
	private static void hardenPages(HttpSecurity http) {
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; style-src 'self'; "
					+ "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
	}

	/**
	 * Replaces Spring Authorization Server's default generator, whose refresh token
	 * generator never serves public clients. Being the whole generator, it also takes the
	 * place of the defaults' opaque access tokens and their {@code cnf} claim for DPoP
	 * and mTLS-bound tokens, none of which the Agora clients use; and an
	 * {@code OAuth2TokenCustomizer} bean would no longer be picked up, hence the
	 * customizer is set here.
	 */
	@Bean
	OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> jwkSource) {
		JwtGenerator jwtGenerator = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
		jwtGenerator.setJwtCustomizer(new AgoraClaimsCustomizer());
		return new DelegatingOAuth2TokenGenerator(jwtGenerator, new RotatingRefreshTokenGenerator());
	}

	/**
	 * Both clients are public, yet the metadata only lists the methods of confidential
	 * clients; client libraries that read it would refuse to act as a public client.
	 */
	private static void advertisePublicClients(OAuth2AuthorizationServerMetadata.Builder metadata) {
		metadata.tokenEndpointAuthenticationMethod(ClientAuthenticationMethod.NONE.getValue());
	}

	private static void advertisePublicClients(OidcProviderConfiguration.Builder configuration) {
		configuration.tokenEndpointAuthenticationMethod(ClientAuthenticationMethod.NONE.getValue())
			.scope(OidcScopes.PROFILE);
	}

	/**
	 * Answers userinfo from the person's profile. The default mapper only passes on
	 * standard OIDC claims, which would drop roles and municipality.
	 */
	private static Function<OidcUserInfoAuthenticationContext, OidcUserInfo> userInfo() {
		return (context) -> {
			String username = context.getAuthorization().getPrincipalName();
			Map<String, Object> claims = DemoUsers.find(username)
				.map((user) -> user.claims())
				.orElseGet(() -> Map.of(AgoraClaimNames.SUBJECT, username));
			return new OidcUserInfo(claims);
		};
	}

}
