package academy.agora.web.config;

import academy.agora.ratelimit.RateLimitProperties;
import academy.agora.ratelimit.RateLimits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-client limits on the pages listed under {@code agora.rate-limits} in
 * {@code web.yml}: public verification. Behind this application certificate-service sees
 * every visitor as one client, the web application, so without a limit of its own here
 * one visitor's flood would use up everyone's verifications.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfig {

	@Bean
	RateLimitPage rateLimitPage(RateLimitProperties properties, MessageSource messages) {
		return new RateLimitPage(new RateLimits(properties.rateLimits(), System::nanoTime), messages);
	}

}
