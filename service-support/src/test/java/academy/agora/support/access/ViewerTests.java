package academy.agora.support.access;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTests {

	@Test
	void rolesAreReadFromTheClaimIgnoringCaseAndUnknownNames() {
		Viewer viewer = Viewer.of("x", Arrays.asList("Coordinator", "superuser", null, " ADMIN "), null);

		assertThat(viewer.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.ADMIN);
		assertThat(viewer.is(Role.LEARNER)).isFalse();
	}

	@Test
	void placesAreKeptAsThePlatformSpellsThem() {
		Viewer viewer = Viewer.of("ivana", List.of("coordinator"), "  Zagreb ", " hr ", null);

		assertThat(viewer.municipality()).isEqualTo("Zagreb");
		assertThat(viewer.country()).isEqualTo("HR");
		assertThat(Viewer.of("x", null, " ", "Croatia", null).municipality()).isNull();
		assertThat(Viewer.of("x", null, null, "Croatia", null).country()).as("not an ISO 3166 code").isNull();
	}

	@Test
	void aMissingOrUnknownReachIsTheNarrowest() {
		assertThat(Viewer.of("x", List.of("coordinator"), "Ohrid").reach()).isEqualTo(Reach.MUNICIPALITY);
		assertThat(Viewer.of("x", List.of("coordinator"), "Ohrid", "MK", "region").reach())
			.isEqualTo(Reach.MUNICIPALITY);
		assertThat(Viewer.of("x", List.of("coordinator"), "Ohrid", "MK", " COUNTRY").reach()).isEqualTo(Reach.COUNTRY);
	}

	@Test
	void onlyAdminsAndCoordinatorsWhoseReachIsEverythingSeeEverything() {
		assertThat(Viewer.of("a", List.of("admin"), null).seesEverything()).isTrue();
		assertThat(Viewer.of("c", List.of("coordinator"), null, null, "all").seesEverything()).isTrue();
		assertThat(Viewer.of("c", List.of("coordinator"), "Ohrid", "MK", "country").seesEverything()).isFalse();
		assertThat(Viewer.of("l", List.of("learner", "author"), null, null, "all").seesEverything()).isFalse();
	}

	@Test
	void aViewerSurvivesBeingKeptAsClaims() {
		Viewer viewer = Viewer.of("goran", List.of("coordinator", "learner"), "Skopje", "MK", "country");

		assertThat(viewer.claims()).containsEntry("roles", "coordinator,learner")
			.containsEntry("coordinator_scope", "country");
		assertThat(Viewer.fromClaims("goran", viewer.claims())).isEqualTo(viewer);
		Viewer bare = Viewer.of("ana", null, null);
		assertThat(Viewer.fromClaims("ana", bare.claims())).isEqualTo(bare);
	}

}
