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
 * Only learners enrol, join cohorts, complete lessons and attempt quizzes. Only
 * coordinators and admins plan and look at cohorts and reports, grant attempts, record
 * completion by attendance and follow bulk jobs. Reading an enrolment is open to anyone
 * signed in: the application then shows a learner only their own enrolments, and
 * coordinators and admins those in their scope. Only admins erase learners.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems) {
		return ResourceServerSecurity.defaults(http, problems)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.POST, "/api/enrolments", "/api/enrolments/*/lessons/*/completion",
						"/api/enrolments/*/quizzes/*/attempts", "/api/cohorts/join")
				.hasRole("learner")
				.pathMatchers("/api/cohorts", "/api/cohorts/**", "/api/reports", "/api/reports/**")
				.hasAnyRole("coordinator", "admin")
				.pathMatchers(HttpMethod.POST, "/api/enrolments/*/quizzes/*/extra-attempts",
						"/api/enrolments/*/attendance-completion")
				.hasAnyRole("coordinator", "admin")
				.pathMatchers("/api/bulk-jobs/**")
				.hasAnyRole("coordinator", "admin")
				.pathMatchers("/api/learners/**")
				.hasRole("admin")
				.pathMatchers("/api/enrolments", "/api/enrolments/**")
				.authenticated()
				.anyExchange()
				.authenticated())
			.build();
	}

}
