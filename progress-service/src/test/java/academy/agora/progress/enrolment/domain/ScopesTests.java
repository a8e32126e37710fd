package academy.agora.progress.enrolment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

class ScopesTests {

	private final List<String> asked = new ArrayList<>();

	private final Scopes scopes = new Scopes((coordinator) -> {
		this.asked.add(coordinator.id());
		return Flux.just("cohort-of-" + coordinator.id());
	});

	@Test
	void anAdminSeesEverythingWithoutAskingForCohorts() {
		assertThat(this.scopes.of(Viewer.of("admin", List.of("admin", "coordinator"), "Zagreb")).block())
			.isEqualTo(Scope.EVERYTHING);
		assertThat(this.asked).isEmpty();
	}

	@Test
	void aCoordinatorSeesTheirMunicipalityAndTheCohortsTheyRun() {
		Scope scope = this.scopes.of(Viewer.of("ivana", List.of("coordinator"), " Zagreb ", "HR", null)).block();

		assertThat(scope).isEqualTo(new Scope(false, null, "Zagreb", Set.of("cohort-of-ivana")));
		assertThat(this.asked).containsExactly("ivana");
	}

	@Test
	void aCountryWideCoordinatorSeesTheirCountryAndTheCohortsTheyRun() {
		Scope scope = this.scopes.of(Viewer.of("goran", List.of("coordinator"), "Skopje", "mk", "Country")).block();

		assertThat(scope.country()).isEqualTo("MK");
		assertThat(scope.includes("Ohrid", "MK", null)).isTrue();
		assertThat(scope.includes("Kragujevac", "RS", "cohort-of-goran")).isTrue();
		assertThat(scope.includes("Kragujevac", "RS", null)).isFalse();
	}

	@Test
	void aCoordinatorWhoseReachIsEverythingSeesEverythingWithoutAskingForCohorts() {
		assertThat(this.scopes.of(Viewer.of("staff", List.of("coordinator"), null, null, "all")).block())
			.isEqualTo(Scope.EVERYTHING);
		assertThat(this.asked).isEmpty();
	}

	@Test
	void aCoordinatorWithoutAMunicipalitySeesTheirCohortsOnly() {
		Scope scope = this.scopes.of(Viewer.of("goran", List.of("coordinator"), "  ")).block();

		assertThat(scope.municipality()).isNull();
		assertThat(scope.cohortIds()).containsExactly("cohort-of-goran");
	}

	@Test
	void learnersAndAuthorsSeeNoOneElseWhateverTheirTokenClaims() {
		assertThat(this.scopes.of(Viewer.of("ana", List.of("learner"), "Ohrid", "MK", "all")).block())
			.isEqualTo(Scope.NOTHING);
		assertThat(this.scopes.of(Viewer.of("elira", List.of("author"), "Tirana", "AL", "country")).block())
			.isEqualTo(Scope.NOTHING);
		assertThat(this.scopes.of(Viewer.of("nobody", null, null)).block().isEmpty()).isTrue();
		assertThat(this.asked).isEmpty();
	}

}
