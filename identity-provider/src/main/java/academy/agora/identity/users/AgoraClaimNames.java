package academy.agora.identity.users;

/**
 * Names of the claims the services rely on. The same names are produced by the Keycloak
 * realm in {@code deploy/keycloak}, so a service works against either issuer.
 */
public final class AgoraClaimNames {

	public static final String SUBJECT = "sub";

	public static final String NAME = "name";

	/** A JSON array of role names, not a space-separated string. */
	public static final String ROLES = "roles";

	public static final String MUNICIPALITY = "municipality";

	/** ISO 3166-1 alpha-2. */
	public static final String COUNTRY = "country";

	/** A coordinator's reach: {@code municipality}, {@code country} or {@code all}. */
	public static final String COORDINATOR_SCOPE = "coordinator_scope";

	public static final String LOCALE = "locale";

	private AgoraClaimNames() {
	}

}
