package academy.agora.support.access;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTests {

	private static final List<String> COHORTS = List.of("zagreb-spring");

	@Test
	void aCoordinatorsScopeIsTheirMunicipalityAndTheirCohorts() {
		Scope scope = Scope.of(Viewer.of("ivana", List.of("coordinator"), "Zagreb", "HR", null), COHORTS);

		assertThat(scope).isEqualTo(new Scope(false, null, "Zagreb", Set.of("zagreb-spring")));
		assertThat(scope.includes(" zagreb ", "HR", null)).as("municipalities compare ignoring case").isTrue();
		assertThat(scope.includes("Split", "HR", null)).as("the country is not theirs to see").isFalse();
		assertThat(scope.includes("Ohrid", "MK", "zagreb-spring")).as("members of their cohort").isTrue();
		assertThat(scope.includes(null, null, null)).isFalse();
	}

	@Test
	void aCountryWideCoordinatorsScopeIsTheirCountryTheirMunicipalityAndTheirCohorts() {
		Scope scope = Scope.of(Viewer.of("goran", List.of("coordinator"), "Skopje", "MK", "country"), COHORTS);

		assertThat(scope.includes("Ohrid", "mk", null)).isTrue();
		assertThat(scope.includes("Skopje", null, null)).isTrue();
		assertThat(scope.includes("Kragujevac", "RS", null)).isFalse();
		assertThat(scope.includes("Kragujevac", "RS", "zagreb-spring")).isTrue();
	}

	@Test
	void aCountryWideReachWithoutACountryFallsBackToTheMunicipality() {
		Scope scope = Scope.of(Viewer.of("goran", List.of("coordinator"), "Skopje", null, "country"), List.of());

		assertThat(scope).isEqualTo(new Scope(false, null, "Skopje", Set.of()));
	}

	@Test
	void adminsAndCoordinatorsWhoseReachIsEverythingSeeEverything() {
		assertThat(Scope.of(Viewer.of("admin", List.of("admin"), null), COHORTS)).isEqualTo(Scope.EVERYTHING);
		assertThat(Scope.of(Viewer.of("staff", List.of("coordinator"), null, null, "ALL"), COHORTS))
			.isEqualTo(Scope.EVERYTHING);
		assertThat(Scope.EVERYTHING.includes(null, null, null)).isTrue();
	}

	@Test
	void anyoneElseSeesNoOneWhateverTheirTokenClaims() {
		Scope scope = Scope.of(Viewer.of("ana", List.of("learner", "author"), "Ohrid", "MK", "all"), COHORTS);

		assertThat(scope).isEqualTo(Scope.NOTHING);
		assertThat(scope.isEmpty()).isTrue();
		assertThat(scope.includes("Ohrid", "MK", "zagreb-spring")).isFalse();
	}

	@Test
	void aCoordinatorWithNoPlaceAndNoCohortsHasAnEmptyScope() {
		assertThat(Scope.of(Viewer.of("x", List.of("coordinator"), " "), List.of()).isEmpty()).isTrue();
		assertThat(Scope.EVERYTHING.isEmpty()).isFalse();
	}

}
