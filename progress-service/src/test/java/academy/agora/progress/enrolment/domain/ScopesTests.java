package academy.agora.progress.enrolment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

class ScopesTests {

	private final List<String> asked = new ArrayList<>();

	private final Scopes scopes = new Scopes((coordinatorId, municipality) -> {
		this.asked.add(coordinatorId + "@" + municipality);
		return Flux.just("cohort-of-" + coordinatorId);
	});

	@Test
	void anAdminSeesEverythingWithoutAskingForCohorts() {
		assertThat(this.scopes.of(Viewer.of("admin", List.of("admin", "coordinator"), "Zagreb")).block())
			.isEqualTo(Scope.EVERYTHING);
		assertThat(this.asked).isEmpty();
	}

	@Test
	void aCoordinatorSeesTheirMunicipalityAndTheCohortsTheyRun() {
		Scope scope = this.scopes.of(Viewer.of("ivana", List.of("coordinator"), " Zagreb ")).block();

		assertThat(scope.everything()).isFalse();
		assertThat(scope.municipality()).isEqualTo("Zagreb");
		assertThat(scope.cohortIds()).containsExactly("cohort-of-ivana");
		assertThat(this.asked).containsExactly("ivana@Zagreb");
	}

	@Test
	void aCoordinatorWithoutAMunicipalitySeesTheirCohortsOnly() {
		Scope scope = this.scopes.of(Viewer.of("goran", List.of("coordinator"), "  ")).block();

		assertThat(scope.municipality()).isNull();
		assertThat(scope.cohortIds()).containsExactly("cohort-of-goran");
	}

	@Test
	void learnersAndAuthorsSeeNoOneElse() {
		assertThat(this.scopes.of(Viewer.of("ana", List.of("learner"), "Ohrid")).block()).isEqualTo(Scope.NOTHING);
		assertThat(this.scopes.of(Viewer.of("elira", List.of("author"), "Tirana")).block()).isEqualTo(Scope.NOTHING);
		assertThat(this.scopes.of(Viewer.of("nobody", null, null)).block().isEmpty()).isTrue();
	}

	@Test
	void rolesAreReadFromTheClaimIgnoringCaseAndUnknownNames() {
		Viewer viewer = Viewer.of("x", Arrays.asList("Coordinator", "superuser", null), null);

		assertThat(viewer.roles()).containsExactly(Viewer.Role.COORDINATOR);
		assertThat(viewer.is(Viewer.Role.ADMIN)).isFalse();
	}

}
