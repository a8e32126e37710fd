package academy.agora.progress.reports.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import academy.agora.progress.CourseFixtures;
import academy.agora.progress.cohorts.domain.Cohort;
import academy.agora.progress.cohorts.domain.InMemoryCohorts;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.InMemoryCourseVersions;
import academy.agora.progress.enrolment.domain.CourseNotFoundException;
import academy.agora.progress.enrolment.domain.Scopes;
import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ReportsTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final InMemoryCohorts cohorts = new InMemoryCohorts();

	private final InMemoryCourseVersions courses = new InMemoryCourseVersions();

	private final RecordingQueries queries = new RecordingQueries();

	private final Reports reports = new Reports(new Scopes(this.cohorts), this.queries, this.courses, this.cohorts,
			Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(30));

	private final Viewer admin = Viewer.of("admin", List.of("admin"), null);

	private final Viewer ivana = Viewer.of("ivana", List.of("coordinator"), "Zagreb");

	@Test
	void rowsAreLabelledAndSortedWithTheUnkeyedGroupLast() {
		this.queries.rows = List.of(new EnrolmentRow(null, null, 1, 1, 0), new EnrolmentRow("Охрид", null, 2, 1, 1),
				new EnrolmentRow("Zagreb", null, 3, 0, 2), new EnrolmentRow("Θεσσαλονίκη", null, 1, 0, 0));

		List<EnrolmentRow> rows = this.reports.enrolments(this.admin, GroupBy.MUNICIPALITY, null).collectList().block();

		assertThat(rows).extracting(EnrolmentRow::key, EnrolmentRow::label)
			.containsExactly(tuple("Zagreb", "Zagreb"), tuple("Θεσσαλονίκη", "Θεσσαλονίκη"), tuple("Охрид", "Охрид"),
					tuple(null, "(no municipality)"));
		assertThat(this.queries.grouping).isEqualTo(ReportQueries.Grouping.MUNICIPALITY);
		assertThat(this.queries.activeSince).isEqualTo(NOW.minus(Duration.ofDays(30)));
		assertThat(this.queries.scope).isEqualTo(Scope.EVERYTHING);
	}

	@Test
	void countriesAddUpTheirMunicipalities() {
		this.queries.rows = List.of(new EnrolmentRow("Ohrid", null, 2, 1, 1), new EnrolmentRow("Охрид", null, 3, 2, 0),
				new EnrolmentRow("Skopje", null, 1, 1, 1), new EnrolmentRow("Kragujevac", null, 4, 0, 4),
				new EnrolmentRow("Tirana", null, 1, 1, 0), new EnrolmentRow("zagreb", null, 2, 2, 2),
				new EnrolmentRow("Atlantis", null, 1, 0, 0), new EnrolmentRow(null, null, 2, 2, 2));

		List<EnrolmentRow> rows = this.reports.enrolments(this.admin, GroupBy.COUNTRY, 7).collectList().block();

		assertThat(rows).containsExactly(new EnrolmentRow("AL", "Albania", 1, 1, 0),
				new EnrolmentRow("HR", "Croatia", 2, 2, 2), new EnrolmentRow("MK", "North Macedonia", 6, 4, 2),
				new EnrolmentRow("RS", "Serbia", 4, 0, 4), new EnrolmentRow(null, "(unknown country)", 3, 2, 2));
		assertThat(this.queries.grouping).isEqualTo(ReportQueries.Grouping.MUNICIPALITY);
		assertThat(this.queries.activeSince).isEqualTo(NOW.minus(Duration.ofDays(7)));
	}

	@Test
	void cohortsAreLabelledWithTheirNames() {
		this.cohorts.add(new Cohort("c-1", "Zagreb, spring", "assemblies", "T", "Zagreb", null, LocalDate.EPOCH,
				LocalDate.EPOCH, "00000000", "ivana", NOW));
		this.queries.rows = List.of(new EnrolmentRow("c-1", null, 2, 1, 1), new EnrolmentRow(null, null, 5, 1, 1),
				new EnrolmentRow("gone", null, 1, 0, 0));

		assertThat(this.reports.enrolments(this.admin, GroupBy.COHORT, null).collectList().block())
			.extracting(EnrolmentRow::key, EnrolmentRow::label)
			.containsExactly(tuple("gone", "gone"), tuple("c-1", "Zagreb, spring"), tuple(null, "(self-paced)"));
	}

	@Test
	void aCoordinatorsReportCountsTheirScopeAndSomeoneWithoutOneCountsNothing() {
		this.cohorts.add(new Cohort("c-1", "Online", "assemblies", "T", null, null, LocalDate.EPOCH, LocalDate.EPOCH,
				"00000000", "ivana", NOW));
		this.queries.rows = List.of(new EnrolmentRow("assemblies", "Citizens' assemblies", 1, 1, 1));

		assertThat(this.reports.enrolments(this.ivana, GroupBy.COURSE, null).collectList().block()).hasSize(1);
		assertThat(this.queries.scope).isEqualTo(new Scope(false, null, "Zagreb", Set.of("c-1")));

		this.queries.scope = null;
		assertThat(this.reports.enrolments(Viewer.of("ana", List.of("learner"), "Zagreb"), GroupBy.COURSE, null)
			.collectList()
			.block()).isEmpty();
		assertThat(this.queries.scope).as("not asked").isNull();
	}

	@Test
	void theActiveWindowIsADayToAYear() {
		for (int days : new int[] { 0, -1, 367 }) {
			StepVerifier.create(this.reports.enrolments(this.admin, GroupBy.COURSE, days))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(InvalidReportException.class,
						(invalid) -> assertThat(invalid.parameter()).isEqualTo("activeDays")))
				.verify();
		}
	}

	@Test
	void groupingsAndIntervalsAreParsedIgnoringCase() {
		assertThat(GroupBy.parse(" Municipality ")).isEqualTo(GroupBy.MUNICIPALITY);
		assertThat(Interval.parse("WEEK")).isEqualTo(Interval.WEEK);
		assertThatExceptionOfType(InvalidReportException.class).isThrownBy(() -> GroupBy.parse("region"))
			.withMessage("must be one of course, municipality, country, cohort");
		assertThatExceptionOfType(InvalidReportException.class).isThrownBy(() -> Interval.parse("year"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("interval"));
		assertThatExceptionOfType(InvalidReportException.class).isThrownBy(() -> GroupBy.parse(null));
	}

	@Test
	void theFunnelFollowsTheVersionsModulesInTheReadersLanguage() {
		this.courses.add(CourseVersion.of(CourseFixtures.published("assemblies", 1, NOW)));
		this.queries.modules = List.of(new ReportQueries.ModuleCount("foundations", 3, 1));

		List<ModuleRow> rows = this.reports.funnel(this.admin, "assemblies", null, Arrays.asList(null, "fr", "en"))
			.collectList()
			.block();

		assertThat(rows).containsExactly(new ModuleRow("foundations", "Foundations", 3, 1),
				new ModuleRow("deliberation", "Deliberation", 0, 0));
		assertThat(this.queries.version).isEqualTo(1);
	}

	@Test
	void theFunnelOfAVersionNotPublishedHereIsNotFound() {
		this.courses.add(CourseVersion.of(CourseFixtures.published("assemblies", 1, NOW)));

		StepVerifier.create(this.reports.funnel(this.admin, "assemblies", 2, List.of()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CourseNotFoundException.class)
				.hasMessageContaining("version 2"))
			.verify();
		StepVerifier.create(this.reports.funnel(this.admin, "unknown", null, List.of()))
			.expectError(CourseNotFoundException.class)
			.verify();
		StepVerifier.create(this.reports.funnel(this.admin, "assemblies", 0, List.of()))
			.expectError(InvalidReportException.class)
			.verify();
	}

	@Test
	void completionsFillEveryDayOfTheReport() {
		this.queries.days = List.of(new ReportQueries.DayCount(LocalDate.parse("2026-02-27"), 2),
				new ReportQueries.DayCount(LocalDate.parse("2026-03-01"), 1));

		List<PeriodRow> rows = this.reports
			.completions(this.admin, null, LocalDate.parse("2026-02-26"), LocalDate.parse("2026-03-01"), Interval.DAY)
			.collectList()
			.block();

		assertThat(rows).containsExactly(new PeriodRow("2026-02-26", 0), new PeriodRow("2026-02-27", 2),
				new PeriodRow("2026-02-28", 0), new PeriodRow("2026-03-01", 1));
		assertThat(this.queries.from).isEqualTo(Instant.parse("2026-02-26T00:00:00Z"));
		assertThat(this.queries.until).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
	}

	@Test
	void weeksAreIsoWeeksAcrossTheTurnOfTheYear() {
		this.queries.days = List.of(new ReportQueries.DayCount(LocalDate.parse("2025-12-28"), 1),
				new ReportQueries.DayCount(LocalDate.parse("2025-12-29"), 2),
				new ReportQueries.DayCount(LocalDate.parse("2026-01-04"), 3),
				new ReportQueries.DayCount(LocalDate.parse("2026-01-05"), 4));

		List<PeriodRow> weeks = this.reports
			.completions(this.admin, null, LocalDate.parse("2025-12-22"), LocalDate.parse("2026-01-11"), Interval.WEEK)
			.collectList()
			.block();
		List<PeriodRow> months = this.reports
			.completions(this.admin, null, LocalDate.parse("2025-12-22"), LocalDate.parse("2026-01-11"), Interval.MONTH)
			.collectList()
			.block();

		assertThat(weeks).containsExactly(new PeriodRow("2025-W52", 1), new PeriodRow("2026-W01", 5),
				new PeriodRow("2026-W02", 4));
		assertThat(months).containsExactly(new PeriodRow("2025-12", 3), new PeriodRow("2026-01", 7));
	}

	@Test
	void completionsDefaultToTheThirtyDaysUpToToday() {
		List<PeriodRow> rows = this.reports.completions(this.admin, null, null, null, Interval.DAY)
			.collectList()
			.block();

		assertThat(rows).hasSize(30);
		assertThat(rows.get(0).period()).isEqualTo("2026-02-01");
		assertThat(rows.get(29).period()).isEqualTo("2026-03-02");
	}

	@Test
	void completionsRefuseBackwardsOrEndlessPeriodsAndUnknownCourses() {
		StepVerifier
			.create(this.reports.completions(this.admin, null, LocalDate.parse("2026-03-02"),
					LocalDate.parse("2026-03-01"), Interval.DAY))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(InvalidReportException.class,
					(invalid) -> assertThat(invalid.parameter()).isEqualTo("from")))
			.verify();
		StepVerifier
			.create(this.reports.completions(this.admin, null, LocalDate.parse("2000-01-01"),
					LocalDate.parse("2026-03-01"), Interval.MONTH))
			.expectError(InvalidReportException.class)
			.verify();
		StepVerifier.create(this.reports.completions(this.admin, "unknown", null, null, Interval.DAY))
			.expectError(CourseNotFoundException.class)
			.verify();
		assertThat(this.queries.scope).as("nothing was counted").isNull();
	}

	static class RecordingQueries implements ReportQueries {

		List<EnrolmentRow> rows = new ArrayList<>();

		List<ModuleCount> modules = new ArrayList<>();

		List<DayCount> days = new ArrayList<>();

		Scope scope;

		Grouping grouping;

		Instant activeSince;

		Integer version;

		Instant from;

		Instant until;

		@Override
		public Flux<EnrolmentRow> enrolments(Scope scope, Grouping grouping, Instant activeSince) {
			this.scope = scope;
			this.grouping = grouping;
			this.activeSince = activeSince;
			return Flux.fromIterable(this.rows);
		}

		@Override
		public Flux<ModuleCount> funnel(Scope scope, String courseId, int version) {
			this.scope = scope;
			this.version = version;
			return Flux.fromIterable(this.modules);
		}

		@Override
		public Flux<DayCount> completionsPerDay(Scope scope, String courseId, Instant from, Instant until) {
			this.scope = scope;
			this.from = from;
			this.until = until;
			return Flux.fromIterable(this.days);
		}

	}

}
