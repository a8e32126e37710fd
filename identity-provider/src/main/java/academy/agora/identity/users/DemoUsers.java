package academy.agora.identity.users;

import java.util.List;
import java.util.Optional;

/**
 * The people who can sign in. DEMO-ONLY: fixed accounts that share one published
 * password, so that anyone can try each role of the platform. A real deployment points
 * the services at a real identity provider (see {@code deploy/keycloak}) instead.
 */
public final class DemoUsers {

	/** DEMO-ONLY: the password of every demo account. Never use it for a real one. */
	public static final String DEMO_PASSWORD = "demo";

	private static final List<DemoUser> USERS = List.of(
			new DemoUser("ana", "Ana Petrovska", List.of("learner"), "Ohrid", "MK", "", "mk"),
			new DemoUser("marko", "Marko Jovanović", List.of("learner"), "Kragujevac", "RS", "", "sr-Latn"),
			new DemoUser("elira", "Elira Hoxha", List.of("author"), "Tirana", "AL", "", "sq"),
			new DemoUser("ivana", "Ivana Kovač", List.of("coordinator"), "Zagreb", "HR", "", "hr"),
			// A national association's coordinator: their reach is every municipality of
			// Serbia.
			new DemoUser("dragan", "Dragan Nikolić", List.of("coordinator"), "Novi Sad", "RS", "country", "sr-Latn"),
			new DemoUser("admin", "Platform Administrator", List.of("admin"), "", "", "", "en"));

	private DemoUsers() {
	}

	public static List<DemoUser> all() {
		return USERS;
	}

	public static Optional<DemoUser> find(String username) {
		return USERS.stream().filter((user) -> user.username().equals(username)).findFirst();
	}

}
