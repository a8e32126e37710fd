package academy.agora.support.security;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * Provides {@link SecurityProblems} to each service's security configuration.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
public class SecurityAutoConfiguration {

	@Bean
	SecurityProblems securityProblems(JsonMapper json) {
		return new SecurityProblems(json);
	}

}
