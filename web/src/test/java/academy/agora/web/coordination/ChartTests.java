package academy.agora.web.coordination;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTests {

	private static final Locale MACEDONIAN = Locale.forLanguageTag("mk");

	@Test
	void theValueAxisEndsOnARoundNumberInAtMostFiveSteps() {
		assertThat(Scale.of(0)).isEqualTo(new Scale(1, 1));
		assertThat(Scale.of(1)).isEqualTo(new Scale(1, 1));
		assertThat(Scale.of(3)).isEqualTo(new Scale(3, 1));
		assertThat(Scale.of(7)).isEqualTo(new Scale(8, 2));
		assertThat(Scale.of(12)).isEqualTo(new Scale(15, 5));
		assertThat(Scale.of(100)).isEqualTo(new Scale(100, 20));
		assertThat(Scale.of(4321)).isEqualTo(new Scale(5000, 1000));
		assertThat(Scale.of(7).ticks()).containsExactly(0L, 2L, 4L, 6L, 8L);
	}

	@Test
	void barsAreAsLongAsTheirShareOfTheAxisAndTheLargestIsFull() {
		BarChart chart = BarChart.of(List.of("Learners", "Completed"),
				List.of(new BarChart.Row("Zagreb", List.of(10L, 5L)), new BarChart.Row("Split", List.of(4L, 0L))),
				Locale.ENGLISH);

		double full = BarChart.plotWidth();
		BarChart.Group zagreb = chart.groups().get(0);
		assertThat(zagreb.bars()).extracting(BarChart.Bar::width).containsExactly(full, full / 2);
		assertThat(chart.groups().get(1).bars()).extracting(BarChart.Bar::width).containsExactly(full * 4 / 10, 0.0);
		assertThat(zagreb.bars()).allSatisfy((bar) -> assertThat(bar.x()).isEqualTo(BarChart.LABEL_WIDTH));
		// Each bar's number stands just past its end, on the bar's line.
		BarChart.Bar learners = zagreb.bars().get(0);
		assertThat(learners.valueX()).isEqualTo(BarChart.LABEL_WIDTH + full + 6);
		assertThat(learners.valueY()).isBetween(learners.y(), learners.y() + learners.height());
		// The second bar of a group sits under the first; groups do not overlap.
		assertThat(zagreb.bars().get(1).y()).isGreaterThan(learners.y() + learners.height());
		assertThat(chart.groups().get(1).bars().get(0).y())
			.isGreaterThan(zagreb.bars().get(1).y() + zagreb.bars().get(1).height());
		assertThat(chart.height()).isGreaterThan((int) chart.groups().get(1).bars().get(1).y());
		assertThat(chart.viewBox()).isEqualTo("0 0 760 " + chart.height());
		assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "2", "4", "6", "8", "10");
		assertThat(chart.ticks().get(5).position()).isEqualTo(BarChart.LABEL_WIDTH + full);
	}

	@Test
	void aSmallValueBesideALargeOneStillShows() {
		BarChart chart = BarChart.of(List.of("Learners"), List.of(new BarChart.Row("Big", List.of(10_000L)),
				new BarChart.Row("Small", List.of(1L)), new BarChart.Row("None", List.of(0L))), Locale.ENGLISH);

		assertThat(chart.groups()).extracting((group) -> group.bars().get(0).width())
			.containsExactly(BarChart.plotWidth(), 2.0, 0.0);
	}

	@Test
	void numbersAreWrittenAsTheReadersLanguageWritesThem() {
		BarChart chart = BarChart.of(List.of("Учесници"), List.of(new BarChart.Row("Скопје", List.of(12_345L))),
				MACEDONIAN);

		assertThat(chart.groups().get(0).bars().get(0).value()).isEqualTo("12.345");
		assertThat(chart.ticks()).extracting(BarChart.Tick::label).contains("15.000");
		assertThat(
				BarChart.of(List.of("Learners"), List.of(new BarChart.Row("Zagreb", List.of(12_345L))), Locale.ENGLISH)
					.groups()
					.get(0)
					.bars()
					.get(0)
					.value())
			.isEqualTo("12,345");
	}

	@Test
	void longLabelsAreCutWithAnEllipsisAndKeptWholeForTheTable() {
		String name = "Municipality of Kanal ob Soči and the surrounding villages";
		BarChart.Group group = BarChart
			.of(List.of("Learners"), List.of(new BarChart.Row(name, List.of(1L))), Locale.ENGLISH)
			.groups()
			.get(0);

		assertThat(group.label()).isEqualTo(name);
		assertThat(group.shortLabel()).endsWith("…").hasSizeLessThanOrEqualTo(BarChart.LABEL_CHARACTERS);
		assertThat(group.shortened()).isTrue();
	}

	@Test
	void aChartWithoutRowsIsEmptyAndStillHasASize() {
		BarChart bars = BarChart.of(List.of("Learners", "Completed"), List.of(), Locale.ENGLISH);
		ColumnChart columns = ColumnChart.of(List.of(), Locale.ENGLISH);

		assertThat(bars.empty()).isTrue();
		assertThat(bars.height()).isPositive();
		assertThat(columns.empty()).isTrue();
		assertThat(columns.total()).isZero();
	}

	@Test
	void columnsStandOnTheBaselineAndOnlyPeriodsWithCompletionsAreNumbered() {
		ColumnChart chart = ColumnChart.of(List.of(new ColumnChart.Point("2 Mar", 0), new ColumnChart.Point("9 Mar", 4),
				new ColumnChart.Point("16 Mar", 2)), Locale.ENGLISH);

		assertThat(chart.columns()).extracting(ColumnChart.Column::height)
			.containsExactly(0.0, (double) ColumnChart.PLOT_HEIGHT, ColumnChart.PLOT_HEIGHT / 2.0);
		assertThat(chart.columns())
			.allSatisfy((column) -> assertThat(column.y() + column.height()).isEqualTo(chart.baseline()));
		assertThat(chart.columns()).extracting(ColumnChart.Column::value).containsExactly("", "4", "2");
		assertThat(chart.columns()).extracting(ColumnChart.Column::named).containsOnly(true);
		assertThat(chart.total()).isEqualTo(6);
		// Columns are centred in equal slots across the plot, left to right.
		assertThat(chart.columns()).extracting(ColumnChart.Column::centre).isSorted();
		assertThat(chart.columns().get(2).x() + chart.columns().get(2).width()).isLessThan(chart.right());
	}

	@Test
	void manyPeriodsAreNamedEveryFewStartingFromTheLatest() {
		List<ColumnChart.Point> days = java.util.stream.IntStream.range(0, 30)
			.mapToObj((day) -> new ColumnChart.Point("d" + day, day % 3))
			.toList();

		List<ColumnChart.Column> columns = ColumnChart.of(days, Locale.ENGLISH).columns();

		assertThat(columns.stream().filter(ColumnChart.Column::named).count())
			.isLessThanOrEqualTo(ColumnChart.MAX_LABELS);
		assertThat(columns.get(29).named()).isTrue();
	}

	@Test
	void periodsAreNamedInTheReadersLanguage() {
		Locale cyrillic = Locale.forLanguageTag("sr-Cyrl");
		assertThat(Periods.start("2026-W10")).hasValue(java.time.LocalDate.of(2026, 3, 2));
		assertThat(Periods.start("2026-W01")).hasValue(java.time.LocalDate.of(2025, 12, 29));
		assertThat(Periods.start("2026-03")).hasValue(java.time.LocalDate.of(2026, 3, 1));
		assertThat(Periods.shortName("2026-W10", Locale.ENGLISH)).isEqualTo("2 Mar");
		assertThat(Periods.longName("2026-W10", Locale.ENGLISH)).isEqualTo("March 2, 2026");
		assertThat(Periods.longName("2026-W10", MACEDONIAN)).isEqualTo("2 март 2026");
		assertThat(Periods.longName("2026-03", Locale.ENGLISH)).isEqualTo("March 2026");
		assertThat(Periods.longName("2026-03", cyrillic)).isEqualTo("март 2026");
		assertThat(Periods.longName("2026-03", MACEDONIAN)).isEqualTo("март 2026");
		assertThat(Periods.shortName("not a period", Locale.ENGLISH)).isEqualTo("not a period");
	}

	@Test
	void theSpansEndTodayAndStartOnTheFirstDayOfAPeriod() {
		java.time.LocalDate wednesday = java.time.LocalDate.of(2026, 3, 18);
		assertThat(Periods.WEEKS.from(wednesday)).isEqualTo(java.time.LocalDate.of(2025, 12, 29));
		assertThat(Periods.MONTHS.from(wednesday)).isEqualTo(java.time.LocalDate.of(2025, 4, 1));
		assertThat(Periods.of("months")).isEqualTo(Periods.MONTHS);
		assertThat(Periods.of("anything else")).isEqualTo(Periods.WEEKS);
	}

}
