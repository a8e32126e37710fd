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
 * authorities the way the shared resource-server defaults map them. Unless a method says
 * otherwise, users work in Kragujevac.
 */
public final class Tokens {

	public static final String DEFAULT_MUNICIPALITY = "Kragujevac";

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
		return token(subject, name, locale, DEFAULT_MUNICIPALITY, "learner");
	}

	/**
	 * A learner of a municipality.
	 * @param subject the subject
	 * @param name the display name
	 * @param municipality the {@code municipality} claim; {@code null} leaves it out
	 * @return the mutator
	 */
	public static JwtMutator learnerIn(String subject, String name, String municipality) {
		return token(subject, name, null, municipality, "learner");
	}

	/**
	 * A coordinator of a municipality.
	 * @param subject the subject
	 * @param municipality the {@code municipality} claim; {@code null} leaves it out
	 * @return the mutator
	 */
	public static JwtMutator coordinator(String subject, String municipality) {
		return token(subject, "Coordinator " + subject, null, municipality, "coordinator");
	}

	/**
	 * An admin, whose token names no municipality, as the demo admin's does not.
	 * @param subject the subject
	 * @return the mutator
	 */
	public static JwtMutator admin(String subject) {
		return token(subject, "Admin " + subject, null, null, "admin");
	}

	public static JwtMutator user(String subject, String name, String... roles) {
		return token(subject, name, null, DEFAULT_MUNICIPALITY, roles);
	}

	private static JwtMutator token(String subject, String name, String locale, String municipality, String... roles) {
		return SecurityMockServerConfigurers.mockJwt().jwt((jwt) -> {
			jwt.subject(subject).claim("name", name).claim("roles", List.of(roles)).audience(List.of("agora-academy"));
			if (municipality != null) {
				jwt.claim("municipality", municipality);
			}
			if (locale != null) {
				jwt.claim("locale", locale);
			}
		})
			.authorities(Arrays.stream(roles)
				.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
				.toList());
	}

}
