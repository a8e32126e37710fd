package academy.agora.progress.web;

import java.util.List;

import academy.agora.progress.enrolment.domain.Learner;
import academy.agora.support.access.Viewer;
import academy.agora.support.security.Viewers;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in learner, as the token's claims ({@code sub}, {@code name},
 * {@code municipality}, {@code country}, {@code locale}) describe them; staff are
 * {@link Viewers#of}.
 */
public final class Principals {

	private Principals() {
	}

	public static Learner learner(Jwt jwt) {
		return new Learner(jwt.getSubject(), displayName(jwt), jwt.getClaimAsString(Viewer.MUNICIPALITY),
				jwt.getClaimAsString(Viewer.COUNTRY), jwt.getClaimAsString("locale"));
	}

	/**
	 * The name printed on the certificate: the {@code name} claim, or failing that the
	 * user name, so that a certificate never goes without one.
	 */
	private static String displayName(Jwt jwt) {
		for (String claim : List.of("name", "preferred_username")) {
			String value = jwt.getClaimAsString(claim);
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return jwt.getSubject();
	}

}
