package academy.agora.web.coordination;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import academy.agora.web.relay.CoordinationApi;
import academy.agora.web.relay.CoordinationApi.Cohort;
import academy.agora.web.relay.CoordinationApi.ModuleRow;
import academy.agora.web.relay.CoordinationApi.PeriodRow;
import academy.agora.web.relay.CoordinationApi.ReportRow;
import academy.agora.web.relay.CourseApi.CatalogItem;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordinator's dashboard: learners and completions per municipality, the completion
 * funnel of one course module by module, and completions week by week or month by month.
 * Each chart is inline SVG drawn here, with a sentence saying what it shows and the same
 * numbers as a table; the services decide whose learners count.
 */
@Controller
class DashboardController {

	private final CoordinationApi coordination;

	private final MessageSource messages;

	private final Clock clock;

	DashboardController(CoordinationApi coordination, MessageSource messages) {
		this.coordination = coordination;
		this.messages = messages;
		this.clock = Clock.system(Coordination.ZONE);
	}

	@GetMapping("/coordination")
	Mono<Rendering> dashboard(@RequestParam(required = false) String course,
			@RequestParam(required = false) String span, Locale locale) {
		Periods periods = Periods.of(span);
		LocalDate today = LocalDate.now(this.clock);
		CoordinationApi.Period period = new CoordinationApi.Period(periods.from(today), today, periods.interval(),
				null);
		return Mono.zip(this.coordination.courses(locale).collectList(), this.coordination.cohorts().collectList())
			.flatMap((found) -> {
				List<CatalogItem> courses = found.getT1();
				List<Cohort> cohorts = found.getT2();
				Optional<CatalogItem> chosen = chosenCourse(courses, cohorts, course);
				Mono<List<ModuleRow>> funnel = chosen
					.map((item) -> this.coordination.funnel(item.id(), locale).collectList())
					.orElseGet(() -> Mono.just(List.of()));
				return Mono
					.zip(this.coordination.enrolmentReport("municipality", locale).collectList(), funnel,
							this.coordination.completions(period).collectList())
					.map((reports) -> Rendering.view("coordination/dashboard")
						.modelAttribute("section", "dashboard")
						.modelAttribute("courses", courses)
						.modelAttribute("course", chosen.orElse(null))
						.modelAttribute("span", periods.slug())
						.modelAttribute("totals", totals(reports.getT1(), cohorts.size()))
						.modelAttribute("municipalities", municipalities(reports.getT1(), locale))
						.modelAttribute("funnel",
								chosen.map((item) -> funnel(item, reports.getT2(), locale)).orElse(null))
						.modelAttribute("timeline", timeline(periods, period, reports.getT3(), locale))
						.build());
			});
	}

	/**
	 * The course whose funnel shows: the one asked for, else that of the coordinator's
	 * latest cohort, else the catalogue's first.
	 */
	static Optional<CatalogItem> chosenCourse(List<CatalogItem> courses, List<Cohort> cohorts, String asked) {
		Optional<CatalogItem> requested = courses.stream().filter((item) -> item.id().equals(asked)).findFirst();
		if (requested.isPresent()) {
			return requested;
		}
		return cohorts.stream()
			.filter((cohort) -> cohort.startsOn() != null)
			.max(Comparator.comparing(Cohort::startsOn))
			.flatMap((latest) -> courses.stream().filter((item) -> item.id().equals(latest.courseId())).findFirst())
			.or(() -> courses.stream().findFirst());
	}

	static DashboardTotals totals(List<ReportRow> rows, long cohorts) {
		long enrolled = rows.stream().mapToLong(ReportRow::enrolled).sum();
		long active = rows.stream().mapToLong(ReportRow::active).sum();
		long completed = rows.stream().mapToLong(ReportRow::completed).sum();
		return new DashboardTotals(enrolled, active, completed, cohorts);
	}

	ChartPanel municipalities(List<ReportRow> report, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		String unknown = text("coordination.dashboard.noMunicipality", locale);
		List<ReportRow> rows = report.stream()
			.sorted(Comparator.comparingLong(ReportRow::enrolled)
				.reversed()
				.thenComparing((row) -> label(row, unknown), String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<BarChart.Row> bars = rows.stream()
			.map((row) -> new BarChart.Row(label(row, unknown), List.of(row.enrolled(), row.completed())))
			.toList();
		List<String> series = List.of(text("coordination.chart.learners", locale),
				text("coordination.chart.completed", locale));
		String summary = "";
		if (!rows.isEmpty()) {
			ReportRow top = rows.get(0);
			summary = text("coordination.dashboard.municipalities.summary", locale,
					numbers.format(rows.stream().mapToLong(ReportRow::enrolled).sum()),
					numbers.format(rows.stream().mapToLong(ReportRow::completed).sum()), numbers.format(rows.size()),
					label(top, unknown), numbers.format(top.enrolled()));
		}
		List<List<String>> table = rows.stream()
			.map((row) -> List.of(label(row, unknown), numbers.format(row.enrolled()), numbers.format(row.active()),
					numbers.format(row.completed())))
			.toList();
		return new ChartPanel("municipalities", BarChart.of(series, bars, locale), summary,
				List.of(text("coordination.dashboard.municipality", locale), series.get(0),
						text("coordination.chart.active", locale), series.get(1)),
				table, csv("enrolments", Map.of("groupBy", "municipality")));
	}

	ChartPanel funnel(CatalogItem course, List<ModuleRow> modules, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<String> series = List.of(text("coordination.chart.started", locale),
				text("coordination.chart.completed", locale));
		List<BarChart.Row> bars = new ArrayList<>();
		List<List<String>> table = new ArrayList<>();
		for (int i = 0; i < modules.size(); i++) {
			ModuleRow module = modules.get(i);
			String name = text("coordination.dashboard.moduleNumbered", locale, numbers.format(i + 1), module.title());
			bars.add(new BarChart.Row(name, List.of(module.started(), module.completed())));
			table.add(List.of(name, numbers.format(module.started()), numbers.format(module.completed())));
		}
		boolean anyone = modules.stream().anyMatch((module) -> module.started() > 0);
		String summary = anyone ? text("coordination.dashboard.funnel.summary", locale,
				numbers.format(modules.get(0).started()), numbers.format(modules.get(modules.size() - 1).completed()))
				: "";
		return new ChartPanel("funnel", BarChart.of(series, bars, locale), summary,
				List.of(text("coordination.dashboard.module", locale), series.get(0), series.get(1)),
				anyone ? table : List.of(), csv("funnel", Map.of("courseId", course.id())));
	}

	ChartPanel timeline(Periods periods, CoordinationApi.Period period, List<PeriodRow> report, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<ColumnChart.Point> points = report.stream()
			.map((row) -> new ColumnChart.Point(Periods.shortName(row.period(), locale), row.completions()))
			.toList();
		ColumnChart chart = ColumnChart.of(points, locale);
		long total = chart.total();
		String summary = "";
		if (total > 0) {
			PeriodRow busiest = report.stream().max(Comparator.comparingLong(PeriodRow::completions)).orElseThrow();
			summary = text("coordination.dashboard.timeline.summary." + periods.slug(), locale, numbers.format(total),
					numbers.format(busiest.completions()), Periods.longName(busiest.period(), locale));
		}
		List<List<String>> table = (total > 0) ? report.stream()
			.map((row) -> List.of(Periods.longName(row.period(), locale), numbers.format(row.completions())))
			.toList() : List.of();
		return new ChartPanel("timeline", chart, summary,
				List.of(text("coordination.dashboard.timeline.period." + periods.slug(), locale),
						text("coordination.chart.completions", locale)),
				table, csv("completions", period.parameters()));
	}

	private static String label(ReportRow row, String unknown) {
		return (row.label() != null && !row.label().isBlank()) ? row.label()
				: (row.key() != null && !row.key().isBlank()) ? row.key() : unknown;
	}

	private static String csv(String report, Map<String, String> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/coordination/reports/{report}.csv");
		parameters.forEach(uri::queryParam);
		return uri.buildAndExpand(report).encode().toUriString();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
