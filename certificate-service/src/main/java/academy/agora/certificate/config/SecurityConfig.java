package academy.agora.certificate.config;

import academy.agora.certificate.credential.domain.CredentialLinks;
import academy.agora.support.security.ResourceServerSecurity;
import academy.agora.support.security.SecurityProblems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Verification, the issuer's keys and profile, and the status lists are public: anyone
 * holding a certificate or credential must be able to check it. Learners list their own
 * certificates; coordinators and admins list and act on those in their scope. Reading one
 * certificate, its PDF or its credential is open to anyone signed in, and the application
 * then answers 404 unless it is theirs or in their scope.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems) {
		return ResourceServerSecurity.defaults(http, problems)
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.GET, "/api/verify/**", "/verify/**", CredentialLinks.ISSUER_PATH,
						CredentialLinks.JWKS_PATH, CredentialLinks.KEYS_PATH + "*",
						CredentialLinks.STATUS_LISTS_PATH + "*")
				.permitAll()
				.pathMatchers(HttpMethod.POST, CredentialLinks.KEYS_PATH + "rotation")
				.hasRole("admin")
				.pathMatchers(HttpMethod.GET, "/api/certificates/mine")
				.hasRole("learner")
				.pathMatchers(HttpMethod.GET, "/api/certificates")
				.hasAnyRole("coordinator", "admin")
				.pathMatchers(HttpMethod.POST, "/api/certificates/*/**")
				.hasAnyRole("coordinator", "admin")
				.pathMatchers(HttpMethod.GET, "/api/certificates/**")
				.authenticated()
				.pathMatchers("/api/bulk-jobs/**")
				.hasAnyRole("coordinator", "admin")
				.anyExchange()
				.authenticated())
			.build();
	}

}
