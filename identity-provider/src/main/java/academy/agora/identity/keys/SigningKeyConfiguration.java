package academy.agora.identity.keys;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import academy.agora.identity.IdentityProviderProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

	/**
	 * Replaces Spring Boot's default, which generates a fresh key (with a random key ID)
	 * on every start.
	 */
	@Bean
	JWKSource<SecurityContext> jwkSource(IdentityProviderProperties properties) {
		return new ImmutableJWKSet<>(SigningKeys.loadOrCreate(properties.dataDir()));
	}

}
