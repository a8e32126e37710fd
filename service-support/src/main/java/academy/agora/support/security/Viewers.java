package academy.agora.support.security;

import academy.agora.support.access.Viewer;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The {@link Viewer} a validated access token describes, by the claim names the identity
 * provider and the Keycloak realm in {@code deploy/keycloak} both issue.
 */
public final class Viewers {

	private Viewers() {
	}

	public static Viewer of(Jwt jwt) {
		return Viewer.of(jwt.getSubject(), jwt.getClaimAsStringList(Viewer.ROLES),
				jwt.getClaimAsString(Viewer.MUNICIPALITY), jwt.getClaimAsString(Viewer.COUNTRY),
				jwt.getClaimAsString(Viewer.REACH));
	}

}
