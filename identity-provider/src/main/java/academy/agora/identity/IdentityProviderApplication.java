package academy.agora.identity;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The OAuth2 / OpenID Connect issuer that every Agora Academy service trusts.
 * <p>
 * Exposed as a builder because the local-stack launcher starts this app next to the
 * services in one JVM: each app then needs its own config file name and an explicit web
 * application type, since the shared classpath carries both Spring MVC and WebFlux.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(IdentityProviderApplication.class)
			.properties("spring.config.name=identity-provider")
			.web(WebApplicationType.SERVLET);
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
