package academy.agora.course.config;

import academy.agora.support.security.ResourceServerSecurity;
import academy.agora.support.security.SecurityProblems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems) {
		return ResourceServerSecurity.defaults(http, problems)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/courses", "/api/courses/**")
				.hasAnyRole("author", "admin")
				.pathMatchers(HttpMethod.GET, "/api/catalog", "/api/catalog/**")
				.authenticated()
				.anyExchange()
				.authenticated())
			.build();
	}

}
