package academy.agora.progress.config;

import academy.agora.support.security.ResourceServerSecurity;
import academy.agora.support.security.SecurityProblems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Only learners enrol, complete lessons and attempt quizzes. Reading is open to anyone
 * signed in: the application then shows a learner only their own enrolments, and
 * coordinators and admins anyone's.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems) {
		return ResourceServerSecurity.defaults(http, problems)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.POST, "/api/enrolments", "/api/enrolments/*/lessons/*/completion",
						"/api/enrolments/*/quizzes/*/attempts")
				.hasRole("learner")
				.pathMatchers("/api/enrolments", "/api/enrolments/**")
				.authenticated()
				.anyExchange()
				.authenticated())
			.build();
	}

}
