package academy.agora.progress;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

/**
 * Signed-in users as the identity provider would describe them. The mock skips the
 * token's signature, not the application's security rules: the roles become {@code ROLE_}
 * authorities the way the shared resource-server defaults map them.
 */
public final class Tokens {

	private Tokens() {
	}

	public static JwtMutator learner(String subject, String name) {
		return user(subject, name, "learner");
	}

	/**
	 * A learner whose token carries a {@code locale} claim.
	 * @param subject the subject
	 * @param name the display name
	 * @param locale the BCP 47 tag of the language they read
	 * @return the mutator
	 */
	public static JwtMutator learner(String subject, String name, String locale) {
		return token(subject, name, locale, "learner");
	}

	public static JwtMutator user(String subject, String name, String... roles) {
		return token(subject, name, null, roles);
	}

	private static JwtMutator token(String subject, String name, String locale, String... roles) {
		return SecurityMockServerConfigurers.mockJwt().jwt((jwt) -> {
			jwt.subject(subject)
				.claim("name", name)
				.claim("municipality", "Kragujevac")
				.claim("roles", List.of(roles))
				.audience(List.of("agora-academy"));
			if (locale != null) {
				jwt.claim("locale", locale);
			}
		})
			.authorities(Arrays.stream(roles)
				.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
				.toList());
	}

}
