package academy.agora.support.ratelimit;

import academy.agora.ratelimit.RateLimitProperties;
import academy.agora.ratelimit.RateLimits;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Limits requests per client where a service configures {@code agora.rate-limits}, and
 * does nothing where it configures none. The properties are bound either way, so that a
 * limit configured wrongly stops the service from starting instead of going unnoticed.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitAutoConfiguration {

	@Bean
	// Every limit has a name, so the first one's stands for "some are configured".
	@ConditionalOnProperty(prefix = "agora", name = "rate-limits[0].name")
	RateLimitFilter rateLimitFilter(RateLimitProperties properties, JsonMapper json) {
		return new RateLimitFilter(new RateLimits(properties.rateLimits(), System::nanoTime), json);
	}

}
