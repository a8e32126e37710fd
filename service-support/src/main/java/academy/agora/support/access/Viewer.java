package academy.agora.support.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone signed in, as their token describes them.
 *
 * @param id their subject at the identity provider
 * @param roles their roles
 * @param municipality the municipality they work for, or {@code null} if the token does
 * not say
 * @param country the ISO 3166-1 alpha-2 code of their country, upper case, or
 * {@code null} if the token does not say (or says something that is not a code)
 * @param reach how far their responsibility goes if they coordinate
 */
public record Viewer(String id, Set<Role> roles, String municipality, String country, Reach reach) {

	/** The token claim of the roles, a JSON array of names. */
	public static final String ROLES = "roles";

	/** The token claim of the municipality. */
	public static final String MUNICIPALITY = "municipality";

	/** The token claim of the country, ISO 3166-1 alpha-2. */
	public static final String COUNTRY = "country";

	/**
	 * The token claim of a coordinator's reach: {@code municipality}, {@code country} or
	 * {@code all}.
	 */
	public static final String REACH = "coordinator_scope";

	public Viewer {
		Objects.requireNonNull(id, "id");
		roles = (roles != null && !roles.isEmpty()) ? Set.copyOf(EnumSet.copyOf(roles)) : Set.of();
		municipality = Places.municipality(municipality);
		country = Places.country(country);
		reach = (reach != null) ? reach : Reach.MUNICIPALITY;
	}

	/**
	 * A viewer as the token's claims describe them. Role names the platform does not know
	 * are ignored.
	 * @param id the subject
	 * @param roleClaims the {@code roles} claim, or {@code null}
	 * @param municipality the {@code municipality} claim, or {@code null}
	 * @param country the {@code country} claim, or {@code null}
	 * @param reach the {@code coordinator_scope} claim, or {@code null}
	 * @return the viewer
	 */
	public static Viewer of(String id, Collection<String> roleClaims, String municipality, String country,
			String reach) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (roleClaims != null) {
			roleClaims.forEach((claim) -> Role.of(claim).ifPresent(roles::add));
		}
		return new Viewer(id, roles, municipality, country, Reach.of(reach));
	}

	/**
	 * A viewer whose token names no country and no reach, as most tokens are.
	 * @param id the subject
	 * @param roleClaims the {@code roles} claim, or {@code null}
	 * @param municipality the {@code municipality} claim, or {@code null}
	 * @return the viewer
	 */
	public static Viewer of(String id, Collection<String> roleClaims, String municipality) {
		return of(id, roleClaims, municipality, null, null);
	}

	/**
	 * This viewer as strings, to keep with work that outlives the request: a bulk job
	 * resumed after a restart has no token, yet must act with the rights its starter had.
	 * @return the claims by the names {@link #fromClaims} reads
	 */
	public Map<String, String> claims() {
		Map<String, String> claims = new LinkedHashMap<>();
		claims.put(ROLES,
				this.roles.stream()
					.map((role) -> role.name().toLowerCase(Locale.ROOT))
					.sorted()
					.collect(Collectors.joining(",")));
		if (this.municipality != null) {
			claims.put(MUNICIPALITY, this.municipality);
		}
		if (this.country != null) {
			claims.put(COUNTRY, this.country);
		}
		claims.put(REACH, this.reach.name().toLowerCase(Locale.ROOT));
		return claims;
	}

	/**
	 * The viewer {@link #claims()} describes.
	 * @param id the subject
	 * @param claims the claims
	 * @return the viewer
	 */
	public static Viewer fromClaims(String id, Map<String, String> claims) {
		String roles = claims.getOrDefault(ROLES, "");
		return of(id, roles.isEmpty() ? List.of() : List.of(roles.split(",")), claims.get(MUNICIPALITY),
				claims.get(COUNTRY), claims.get(REACH));
	}

	public boolean is(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether every learner's data is in this viewer's scope: an admin's, or a
	 * coordinator's whose reach is everything. Neither needs the cohorts they run looked
	 * up.
	 * @return {@code true} if nothing is out of scope
	 */
	public boolean seesEverything() {
		return is(Role.ADMIN) || (is(Role.COORDINATOR) && this.reach == Reach.ALL);
	}

}
