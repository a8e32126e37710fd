package academy.agora.support.access;

import java.util.Locale;

/**
 * How far a coordinator's responsibility goes, as the token's {@code coordinator_scope}
 * claim says: most coordinators work for one municipality, a national association's staff
 * for a whole country, and the platform's own staff for every learner. Anything else, or
 * no claim, is the narrowest reach, so that a mistyped value never widens what someone
 * may see.
 */
public enum Reach {

	/** Learners of the coordinator's municipality. */
	MUNICIPALITY,

	/** Learners of every municipality in the coordinator's country. */
	COUNTRY,

	/** Every learner. */
	ALL;

	/**
	 * The reach a {@code coordinator_scope} claim names.
	 * @param claim {@code municipality}, {@code country} or {@code all}, in any case; or
	 * {@code null}
	 * @return the reach, {@link #MUNICIPALITY} for a missing or unknown value
	 */
	public static Reach of(String claim) {
		if (claim != null) {
			String name = claim.strip().toUpperCase(Locale.ROOT);
			for (Reach reach : values()) {
				if (reach.name().equals(name)) {
					return reach;
				}
			}
		}
		return MUNICIPALITY;
	}

}
