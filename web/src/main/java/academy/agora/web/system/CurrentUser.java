package academy.agora.web.system;

import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as pages show them, from the ID token's claims.
 *
 * @param subject their stable id at the identity provider
 * @param name their display name
 * @param roles {@code learner}, {@code author}, {@code coordinator}, {@code admin}
 * @param municipality their municipality, or {@code null}
 */
public record CurrentUser(String subject, String name, List<String> roles, String municipality) {

	public static CurrentUser of(OidcUser user) {
		String name = (user.getFullName() != null) ? user.getFullName()
				: (user.getPreferredUsername() != null) ? user.getPreferredUsername() : user.getSubject();
		Object roles = user.getClaims().get("roles");
		List<String> roleNames = (roles instanceof Collection<?> values) ? values.stream().map(String::valueOf).toList()
				: List.of();
		String municipality = user.getClaimAsString("municipality");
		return new CurrentUser(user.getSubject(), name, roleNames,
				(municipality == null || municipality.isBlank()) ? null : municipality);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role) || this.roles.contains("admin");
	}

	public boolean author() {
		return hasRole("author");
	}

	public boolean coordinator() {
		return hasRole("coordinator");
	}

}
