package academy.agora.identity.users;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUsersTests {

	@Test
	void everyUserHasKnownRolesAndAllClaims() {
		assertThat(DemoUsers.all()).extracting(DemoUser::username)
			.containsExactly("ana", "marko", "elira", "ivana", "admin");
		assertThat(DemoUsers.all()).allSatisfy((user) -> {
			assertThat(user.roles()).isNotEmpty().isSubsetOf(Set.of("learner", "author", "coordinator", "admin"));
			assertThat(user.claims()).containsOnlyKeys("sub", "name", "roles", "municipality", "locale");
		});
	}

	@Test
	void claimsDescribeThePerson() {
		DemoUser marko = DemoUsers.find("marko").orElseThrow();

		assertThat(marko.claims()).containsEntry("sub", "marko")
			.containsEntry("name", "Marko Jovanović")
			.containsEntry("roles", List.of("learner"))
			.containsEntry("municipality", "Kragujevac")
			.containsEntry("locale", "sr-Latn");
	}

	@Test
	void unknownUsersAreNotFound() {
		assertThat(DemoUsers.find("mallory")).isEmpty();
	}

}
