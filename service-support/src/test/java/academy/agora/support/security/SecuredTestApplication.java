package academy.agora.support.security;

import java.util.LinkedHashMap;
import java.util.Map;

import academy.agora.support.access.Viewer;
import academy.agora.support.messaging.MessagingAutoConfiguration;
import academy.agora.support.outbox.OutboxAutoConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as small as it gets: the shared security defaults and configuration, and two
 * endpoints. Kafka and MongoDB are left out, since nothing here uses them. Tests start it
 * with {@code spring.config.import=classpath:agora-service-defaults.yml}, as the services
 * do.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = { OutboxAutoConfiguration.class, MessagingAutoConfiguration.class },
		excludeName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
				"org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
				"org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
				"org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration" })
@EnableWebFluxSecurity
@RestController
class SecuredTestApplication {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems) {
		return ResourceServerSecurity.defaults(http, problems)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/swagger-ui/**", "/own-policy")
				.permitAll()
				.pathMatchers("/coordination")
				.hasRole("coordinator")
				.anyExchange()
				.authenticated())
			.build();
	}

	/**
	 * What the services read from a token.
	 * @param authentication the authenticated token
	 * @return the subject, authorities and profile claims
	 */
	@GetMapping("/me")
	Map<String, Object> me(JwtAuthenticationToken authentication) {
		Map<String, Object> me = new LinkedHashMap<>();
		me.put("name", authentication.getName());
		me.put("authorities", authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
		me.put("municipality", authentication.getToken().getClaimAsString("municipality"));
		me.put("locale", authentication.getToken().getClaimAsString("locale"));
		Viewer viewer = Viewers.of(authentication.getToken());
		me.put("country", viewer.country());
		me.put("reach", viewer.reach().name());
		me.put("displayName", authentication.getToken().getClaimAsString("name"));
		return me;
	}

	@GetMapping("/coordination")
	String coordination() {
		return "coordinating";
	}

	@GetMapping(path = "/swagger-ui/index.html", produces = "text/html")
	String explorer() {
		return "<!doctype html><title>API</title>";
	}

	/**
	 * A page that needs a policy of its own, as the certificate verification page does.
	 * @return the page, with its policy
	 */
	@GetMapping(path = "/own-policy", produces = "text/html")
	ResponseEntity<String> ownPolicy() {
		return ResponseEntity.ok()
			.header("Content-Security-Policy", "default-src 'none'; style-src 'self'")
			.body("<p>");
	}

}
