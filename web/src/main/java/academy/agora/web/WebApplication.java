package academy.agora.web;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Agora Academy web application: server-rendered pages and a backend-for-frontend
 * that keeps each person's tokens in their server-side session.
 * <p>
 * Exposed as a builder because the local stack runs it next to the services in one JVM:
 * it then needs its own configuration file name and an explicit web application type, as
 * the shared classpath carries both Spring MVC and WebFlux.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

	/** Named configuration, because the local stack runs every app in one JVM. */
	public static final String CONFIG_NAME = "web";

	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(WebApplication.class).web(WebApplicationType.REACTIVE)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
