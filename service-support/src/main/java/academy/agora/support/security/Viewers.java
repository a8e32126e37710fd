package academy.agora.support.security;

import academy.agora.support.access.Viewer;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@link Viewer} a validated access token describes. The claim names are the ones the
 * identity provider and the Keycloak realm in {@code deploy/keycloak} both issue.
 */
public final class Viewers {

	/** A JSON array of role names. */
	public static final String ROLES = "roles";

	public static final String MUNICIPALITY = "municipality";

	/** ISO 3166-1 alpha-2. */
	public static final String COUNTRY = "country";

	/**
	 * {@code municipality}, {@code country} or {@code all}; only coordinators' counts.
	 */
	public static final String COORDINATOR_SCOPE = "coordinator_scope";

	private Viewers() {
	}

	public static Viewer of(Jwt jwt) {
		return Viewer.of(jwt.getSubject(), jwt.getClaimAsStringList(ROLES), jwt.getClaimAsString(MUNICIPALITY),
				jwt.getClaimAsString(COUNTRY), jwt.getClaimAsString(COORDINATOR_SCOPE));
	}

}
