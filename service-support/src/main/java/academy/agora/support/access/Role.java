package academy.agora.support.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What the identity provider lets someone do on the platform.
 */
public enum Role {

	/** Takes courses; sees only their own progress and certificates. */
	LEARNER,

	/** Writes courses; sees no one's progress. */
	AUTHOR,

	/**
	 * Runs cohorts, follows progress and acts on certificates within their {@link Reach}.
	 */
	COORDINATOR,

	/**
	 * Sees and does everything, including what no coordinator may (erasure, key
	 * rotation).
	 */
	ADMIN;

	/**
	 * The role a value of the {@code roles} claim names, ignoring case.
	 * @param claim the value
	 * @return the role, or empty for a name the platform does not know
	 */
	public static Optional<Role> of(String claim) {
		if (claim == null) {
			return Optional.empty();
		}
		String name = claim.strip().toUpperCase(Locale.ROOT);
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
