package academy.agora.support.security;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Provides {@link SecurityProblems} to each service's security configuration, adds the
 * platform's {@link TokenRules} to token validation, and makes a failure to fetch the
 * issuer's keys an authentication-service failure (answered 503) rather than an
 * unexpected error (answered 500).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
public class SecurityAutoConfiguration {

	@Bean
	SecurityProblems securityProblems(JsonMapper json) {
		return new SecurityProblems(json);
	}

	/**
	 * Spring Boot adds every {@code OAuth2TokenValidator<Jwt>} bean to the validators of
	 * the decoder it configures.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> agoraTokenRules() {
		return new TokenRules();
	}

	@Bean
	static BeanPostProcessor issuerOutageAwareJwtDecoder() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ReactiveJwtDecoder decoder) {
					// Spring Security turns a JwtException that is not a BadJwtException
					// into an
					// AuthenticationServiceException; a failed key fetch arrives as a
					// plain
					// IllegalStateException and would otherwise become a 500.
					return (ReactiveJwtDecoder) (token) -> decoder.decode(token)
						.onErrorMap((ex) -> !(ex instanceof JwtException),
								(ex) -> new JwtException("Cannot reach the token issuer: " + ex.getMessage(), ex));
				}
				return bean;
			}

		};
	}

}
