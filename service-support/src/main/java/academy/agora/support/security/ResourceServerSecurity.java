package academy.agora.support.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * The security every service shares: stateless bearer-token authentication against the
 * one issuer, roles from the {@code roles} claim, health and metrics open to the
 * platform, and problem-details answers for 401, 403 and an unreachable issuer. A service
 * adds its own route rules on top and ends with {@code anyExchange().authenticated()}.
 */
public final class ResourceServerSecurity {

	private ResourceServerSecurity() {
	}

	public static ServerHttpSecurity defaults(ServerHttpSecurity http, SecurityProblems problems) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.headers((headers) -> headers.writer(new ContentSecurityPolicy()))
			.cors(Customizer.withDefaults())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.oauth2ResourceServer((oauth2) -> oauth2.jwt((jwt) -> {
			}).authenticationEntryPoint(problems).accessDeniedHandler(problems).authenticationFailureHandler(problems))
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll());
	}

}
