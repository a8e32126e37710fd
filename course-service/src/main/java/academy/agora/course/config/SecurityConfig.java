package academy.agora.course.config;

import academy.agora.support.security.ResourceServerSecurity;
import academy.agora.support.security.SecurityProblems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may do what. Authoring is for authors and admins; the catalogue and the lessons and
 * quizzes of published versions are for anyone signed in, because learners, coordinators
 * and authors all read courses. The API description is public, so that client developers
 * can read it before they have an account.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems) {
		return ResourceServerSecurity.defaults(http, problems)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
						"/webjars/**")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/api/courses/*/versions/*/lessons/*",
						"/api/courses/*/versions/*/quizzes/*")
				.authenticated()
				.pathMatchers("/api/courses", "/api/courses/**")
				.hasAnyRole("author", "admin")
				.pathMatchers(HttpMethod.GET, "/api/catalog", "/api/catalog/**")
				.authenticated()
				.anyExchange()
				.authenticated())
			.build();
	}

}
