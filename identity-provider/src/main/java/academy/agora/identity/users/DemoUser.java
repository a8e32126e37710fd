package academy.agora.identity.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person who can sign in, with the profile the services read from their tokens.
 *
 * @param username the login name, also used as the stable subject ({@code sub})
 * @param name the display name
 * @param roles the platform roles: {@code learner}, {@code author}, {@code coordinator},
 * {@code admin}
 * @param municipality the municipality the person works for, empty when none
 * @param country the ISO 3166-1 alpha-2 code of their country, empty when none
 * @param coordinatorScope how far a coordinator's reach goes: {@code municipality},
 * {@code country} or {@code all}; empty for the narrowest, their municipality
 * @param locale the preferred language as a BCP 47 tag
 */
public record DemoUser(String username, String name, List<String> roles, String municipality, String country,
		String coordinatorScope, String locale) {

	public DemoUser {
		roles = List.copyOf(roles);
	}

	/**
	 * The claims that describe this person in access tokens, ID tokens and the userinfo
	 * response, so that all three agree.
	 * @return the claims by name, in a stable order
	 */
	public Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(AgoraClaimNames.SUBJECT, this.username);
		claims.put(AgoraClaimNames.NAME, this.name);
		claims.put(AgoraClaimNames.ROLES, this.roles);
		claims.put(AgoraClaimNames.MUNICIPALITY, this.municipality);
		// Left out when empty, as Keycloak leaves out a claim whose attribute is unset.
		if (!this.country.isEmpty()) {
			claims.put(AgoraClaimNames.COUNTRY, this.country);
		}
		if (!this.coordinatorScope.isEmpty()) {
			claims.put(AgoraClaimNames.COORDINATOR_SCOPE, this.coordinatorScope);
		}
		claims.put(AgoraClaimNames.LOCALE, this.locale);
		return claims;
	}

}
