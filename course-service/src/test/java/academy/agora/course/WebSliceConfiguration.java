package academy.agora.course;

import java.time.Clock;
import java.util.List;

import academy.agora.course.authoring.domain.InMemoryCourses;
import academy.agora.support.security.SecurityAutoConfiguration;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

/**
 * What a {@code @WebFluxTest} of this service needs beyond its controllers: the real
 * security rules and domain wiring from {@code config}, with courses kept in memory.
 * Tokens come from {@code mockJwt()}, so the decoder never decodes.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan("academy.agora.course.config")
@Import(SecurityAutoConfiguration.class)
public class WebSliceConfiguration {

	@Bean
	InMemoryCourses courses() {
		return new InMemoryCourses();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder() {
		return (token) -> Mono.error(new BadJwtException("Only mock tokens in this test"));
	}

	/**
	 * A signed-in person, as the identity provider describes them.
	 * @param subject the {@code sub} claim
	 * @param role their role
	 * @param locale the language of their account
	 * @return the token
	 */
	public static JwtMutator as(String subject, String role, String locale) {
		return SecurityMockServerConfigurers.mockJwt()
			.jwt((jwt) -> jwt.subject(subject)
				.claim("roles", List.of(role))
				.claim("name", subject)
				.claim("locale", locale))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}
