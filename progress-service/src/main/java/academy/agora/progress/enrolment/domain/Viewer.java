package academy.agora.progress.enrolment.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone signed in, looking at enrolments, cohorts or reports.
 *
 * @param id the subject at the identity provider
 * @param roles the roles the identity provider gave them
 * @param municipality the municipality they work for, or {@code null} if the identity
 * provider does not say
 */
public record Viewer(String id, Set<Role> roles, String municipality) {

	public Viewer {
		Objects.requireNonNull(id, "id");
		roles = (roles != null && !roles.isEmpty()) ? Set.copyOf(EnumSet.copyOf(roles)) : Set.of();
		municipality = (municipality != null && !municipality.isBlank()) ? municipality.strip() : null;
	}

	/**
	 * A viewer as the token's claims describe them. Role names the service does not know
	 * are ignored.
	 * @param id the subject
	 * @param roleClaims the {@code roles} claim, or {@code null}
	 * @param municipality the {@code municipality} claim, or {@code null}
	 * @return the viewer
	 */
	public static Viewer of(String id, Collection<String> roleClaims, String municipality) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (roleClaims != null) {
			for (String claim : roleClaims) {
				for (Role role : Role.values()) {
					if (role.name().equals(String.valueOf(claim).toUpperCase(Locale.ROOT))) {
						roles.add(role);
					}
				}
			}
		}
		return new Viewer(id, roles, municipality);
	}

	public boolean is(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * What the identity provider lets someone do here.
	 */
	public enum Role {

		/** Takes courses. */
		LEARNER,

		/** Writes courses; sees no one's progress. */
		AUTHOR,

		/** Runs cohorts and follows the progress of learners in their scope. */
		COORDINATOR,

		/** Sees everything. */
		ADMIN

	}

}
