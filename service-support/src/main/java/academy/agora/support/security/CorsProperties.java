package academy.agora.support.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * The browser front ends allowed to call a service from another origin, under
 * {@code agora.cors}. None configured means no CORS at all: browsers then refuse every
 * cross-origin call, which is right for services only reached through their own origin or
 * from outside a browser.
 *
 * @param allowedOrigins exact origins such as {@code https://academy.example.org}
 */
@ConfigurationProperties("agora.cors")
public record CorsProperties(List<String> allowedOrigins) {

	public CorsProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
		// A wildcard would let any web site call the APIs with a token it got hold of.
		Assert.isTrue(!allowedOrigins.contains("*"), "agora.cors.allowed-origins must name origins, not '*'");
	}

}
