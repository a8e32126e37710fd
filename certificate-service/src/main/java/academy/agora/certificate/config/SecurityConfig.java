package academy.agora.certificate.config;

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
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.GET, "/api/verify/**", "/verify/**")
				.permitAll()
				.pathMatchers("/api/certificates", "/api/certificates/**")
				.hasRole("learner")
				.anyExchange()
				.authenticated())
			.build();
	}

}
