package academy.agora.identity.users;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUsersTests {

	@Test
	void everyUserHasKnownRolesAndAllClaims() {
		assertThat(DemoUsers.all()).extracting(DemoUser::username)
			.containsExactly("ana", "marko", "elira", "ivana", "dragan", "admin");
		assertThat(DemoUsers.all()).allSatisfy((user) -> {
			assertThat(user.roles()).isNotEmpty().isSubsetOf(Set.of("learner", "author", "coordinator", "admin"));
			assertThat(user.claims()).containsKeys("sub", "name", "roles", "municipality", "locale");
			assertThat(user.claims().keySet()).isSubsetOf("sub", "name", "roles", "municipality", "country",
					"coordinator_scope", "locale");
		});
	}

	@Test
	void claimsDescribeThePerson() {
		DemoUser marko = DemoUsers.find("marko").orElseThrow();

		assertThat(marko.claims()).containsEntry("sub", "marko")
			.containsEntry("name", "Marko Jovanović")
			.containsEntry("roles", List.of("learner"))
			.containsEntry("municipality", "Kragujevac")
			.containsEntry("country", "RS")
			.containsEntry("locale", "sr-Latn")
			.doesNotContainKey("coordinator_scope");
		assertThat(DemoUsers.find("dragan").orElseThrow().claims()).containsEntry("coordinator_scope", "country");
		assertThat(DemoUsers.find("admin").orElseThrow().claims()).doesNotContainKeys("country", "coordinator_scope");
	}

	@Test
	void unknownUsersAreNotFound() {
		assertThat(DemoUsers.find("mallory")).isEmpty();
	}

}
