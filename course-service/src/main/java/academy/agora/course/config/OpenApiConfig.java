package academy.agora.course.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} and its interactive page at
 * {@code /swagger-ui.html}. Every operation needs a bearer token from the platform's
 * issuer; the page lets a developer paste one.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	private static final String BEARER = "bearer-jwt";

	@Bean
	OpenAPI courseServiceApi() {
		return new OpenAPI()
			.info(new Info().title("Agora Academy course service")
				.version("v1")
				.description("Authoring courses in several languages, publishing immutable versions, and the"
						+ " catalogue. Errors are RFC 9457 problem details (application/problem+json)."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
