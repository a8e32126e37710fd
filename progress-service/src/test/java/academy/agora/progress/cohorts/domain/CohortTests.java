package academy.agora.progress.cohorts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.support.access.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CohortTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final Viewer ivana = Viewer.of("ivana", List.of("coordinator"), "Zagreb");

	private final Viewer admin = Viewer.of("admin", List.of("admin"), null);

	private final CourseVersion course = new CourseVersion("assemblies", 2, "Citizens' assemblies", "en",
			List.of(new CourseVersion.Lesson("intro", "Intro")), NOW);

	@Test
	void aCoordinatorsCohortIsForTheirOwnMunicipality() {
		Cohort cohort = Cohort.plan("c-1", "7K3M9QXR", plan("  Zagreb, spring  ", null), this.ivana, this.course, NOW,
				TODAY);

		assertThat(cohort.municipality()).isEqualTo("Zagreb");
		assertThat(cohort.name()).isEqualTo("Zagreb, spring");
		assertThat(cohort.courseId()).isEqualTo("assemblies");
		assertThat(cohort.courseTitle()).isEqualTo("Citizens' assemblies");
		assertThat(cohort.createdBy()).isEqualTo("ivana");
		assertThat(cohort.createdAt()).isEqualTo(NOW);
		assertThat(Cohort.check(plan("x", "zagreb"), this.ivana, TODAY)).as("their claim's spelling")
			.isEqualTo("Zagreb");
		assertThat(Cohort.check(plan("x", "  "), this.ivana, TODAY)).isEqualTo("Zagreb");
	}

	@Test
	void aCoordinatorCannotPlanACohortForAnotherMunicipality() {
		assertThatExceptionOfType(MunicipalityOutOfScopeException.class)
			.isThrownBy(() -> Cohort.check(plan("Ohrid, spring", "Ohrid"), this.ivana, TODAY))
			.withMessageContaining("Zagreb")
			.withMessageContaining("Ohrid");
		Viewer nowhere = Viewer.of("goran", List.of("coordinator"), null);
		assertThat(Cohort.check(plan("Online", null), nowhere, TODAY)).isNull();
		assertThatExceptionOfType(MunicipalityOutOfScopeException.class)
			.isThrownBy(() -> Cohort.check(plan("Ohrid, spring", "Ohrid"), nowhere, TODAY));
	}

	@Test
	void anAdminPlansForAnyMunicipalityOrNone() {
		assertThat(Cohort.check(plan("Охрид, пролет", " Охрид "), this.admin, TODAY)).isEqualTo("Охрид");
		assertThat(Cohort.check(plan("Online", null), this.admin, TODAY)).isNull();
	}

	@Test
	void theEndMayNotBeBeforeTheStartNorInThePast() {
		assertThatExceptionOfType(InvalidCohortException.class)
			.isThrownBy(() -> Cohort.check(
					new CohortPlan("assemblies", "x", TODAY.plusDays(10), TODAY.plusDays(9), null), this.ivana, TODAY))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("endsOn"))
			.withMessageContaining("before startsOn");
		assertThatExceptionOfType(InvalidCohortException.class)
			.isThrownBy(
					() -> Cohort.check(new CohortPlan("assemblies", "x", TODAY.minusDays(30), TODAY.minusDays(1), null),
							this.ivana, TODAY))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("endsOn"))
			.withMessageContaining("past");
		// One day, ending today, is fine; so is a start in the past.
		Cohort.check(new CohortPlan("assemblies", "x", TODAY, TODAY, null), this.ivana, TODAY);
		Cohort.check(new CohortPlan("assemblies", "x", TODAY.minusDays(7), TODAY.plusDays(7), null), this.ivana, TODAY);
	}

	@Test
	void theNameIsNeitherBlankNorTooLong() {
		for (String name : new String[] { null, "", "   " }) {
			assertThatExceptionOfType(InvalidCohortException.class)
				.isThrownBy(() -> Cohort.check(plan(name, null), this.ivana, TODAY))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"));
		}
		assertThatExceptionOfType(InvalidCohortException.class)
			.isThrownBy(() -> Cohort.check(plan("x".repeat(201), null), this.ivana, TODAY))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"));
		Cohort.check(plan("x".repeat(200), null), this.ivana, TODAY);
	}

	@Test
	void aCohortTakesMembersFromBeforeItStartsThroughItsLastDay() {
		Cohort cohort = new Cohort("c-1", "Zagreb", "assemblies", "T", "Zagreb", null, TODAY.plusDays(7),
				TODAY.plusDays(37), "7K3M9QXR", "ivana", NOW);

		assertThat(cohort.isOpen(TODAY)).isTrue();
		assertThat(cohort.isOpen(TODAY.plusDays(37))).isTrue();
		assertThat(cohort.isOpen(TODAY.plusDays(38))).isFalse();
		assertThatExceptionOfType(CohortClosedException.class).isThrownBy(() -> cohort.ensureOpen(TODAY.plusDays(38)))
			.satisfies((ex) -> assertThat(ex.endedOn()).isEqualTo(TODAY.plusDays(37)));
	}

	@Test
	void adminsSeeEveryCohortAndCoordinatorsThoseTheyPlannedOrOfTheirMunicipality() {
		Cohort ivanasInOhrid = new Cohort("c-1", "Online", "assemblies", "T", null, null, TODAY, TODAY, "7K3M9QXR",
				"ivana", NOW);
		Cohort adminsInZagreb = new Cohort("c-2", "Zagreb", "assemblies", "T", "Zagreb", null, TODAY, TODAY, "7K3M9QXS",
				"admin", NOW);
		Cohort adminsInOhrid = new Cohort("c-3", "Ohrid", "assemblies", "T", "Ohrid", null, TODAY, TODAY, "7K3M9QXT",
				"admin", NOW);

		assertThat(ivanasInOhrid.isVisibleTo(this.ivana)).isTrue();
		assertThat(adminsInZagreb.isVisibleTo(this.ivana)).isTrue();
		assertThat(adminsInOhrid.isVisibleTo(this.ivana)).isFalse();
		assertThat(adminsInOhrid.isVisibleTo(this.admin)).isTrue();
		assertThat(adminsInZagreb.isVisibleTo(Viewer.of("ana", List.of("learner"), "Zagreb"))).isFalse();
		assertThat(ivanasInOhrid.isVisibleTo(Viewer.of("ivana", List.of("learner"), "Zagreb")))
			.as("the role matters, not only the subject")
			.isFalse();
	}

	@Test
	void aCountryWideCoordinatorPlansForAnyMunicipalityAndSeesTheirCountrysCohorts() {
		Viewer dragan = Viewer.of("dragan", List.of("coordinator"), "Novi Sad", "RS", "country");
		assertThat(Cohort.check(plan("Kragujevac, spring", "Kragujevac"), dragan, TODAY)).isEqualTo("Kragujevac");
		assertThat(Cohort.check(plan("Online", null), dragan, TODAY)).isEqualTo("Novi Sad");
		Cohort planned = Cohort.plan("c-4", "7K3M9QXU", plan("Niš", "Niš"), dragan,
				new CourseVersion("assemblies", 1, "T", "sr-Latn", List.of(), NOW), NOW, TODAY);
		assertThat(planned.country()).isEqualTo("RS");
		assertThat(planned.planned().country()).isEqualTo("RS");

		Cohort otherCoordinatorsInSerbia = new Cohort("c-5", "Niš", "assemblies", "T", "Niš", "RS", TODAY, TODAY,
				"7K3M9QXV", "milan", NOW);
		assertThat(otherCoordinatorsInSerbia.isVisibleTo(dragan)).isTrue();
		assertThat(otherCoordinatorsInSerbia.isVisibleTo(this.ivana)).isFalse();
		assertThat(otherCoordinatorsInSerbia
			.isVisibleTo(Viewer.of("goran", List.of("coordinator"), "Skopje", "MK", "country"))).isFalse();
		assertThat(otherCoordinatorsInSerbia.isVisibleTo(Viewer.of("staff", List.of("coordinator"), null, null, "all")))
			.isTrue();
	}

	@Test
	void aCountryWideReachWithoutACountryIsAMunicipalOne() {
		Viewer noCountry = Viewer.of("dragan", List.of("coordinator"), "Novi Sad", null, "country");

		assertThatExceptionOfType(MunicipalityOutOfScopeException.class)
			.isThrownBy(() -> Cohort.check(plan("Kragujevac, spring", "Kragujevac"), noCountry, TODAY));
	}

	private static CohortPlan plan(String name, String municipality) {
		return new CohortPlan("assemblies", name, TODAY, TODAY.plusDays(30), municipality);
	}

}
