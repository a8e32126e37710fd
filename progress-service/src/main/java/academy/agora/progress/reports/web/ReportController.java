package academy.agora.progress.reports.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import academy.agora.progress.reports.domain.EnrolmentRow;
import academy.agora.progress.reports.domain.GroupBy;
import academy.agora.progress.reports.domain.Interval;
import academy.agora.progress.reports.domain.InvalidReportException;
import academy.agora.progress.reports.domain.ModuleRow;
import academy.agora.progress.reports.domain.PeriodRow;
import academy.agora.progress.reports.domain.Reports;
import academy.agora.progress.web.Csv;
import academy.agora.progress.web.Principals;
import academy.agora.progress.web.ResponseFormat;
import academy.agora.support.security.Viewers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for coordinators and admins, each as JSON (an array of rows) or as a CSV
 * download with {@code Accept: text/csv} or {@code ?format=csv}; the CSV's columns are
 * the JSON's fields, in the same order.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	private final Reports reports;

	ReportController(Reports reports) {
		this.reports = reports;
	}

	/**
	 * Enrolled, active and completed learners by course, municipality, country or cohort.
	 */
	@GetMapping("/enrolments")
	Mono<ResponseEntity<?>> enrolments(@AuthenticationPrincipal Jwt jwt,
			@RequestParam(defaultValue = "course") String groupBy, @RequestParam(required = false) Integer activeDays,
			@RequestParam(required = false) String format, @RequestHeader HttpHeaders headers) {
		ResponseFormat wanted = ResponseFormat.of(format, headers.getAccept());
		GroupBy grouping = GroupBy.parse(groupBy);
		Flux<EnrolmentRow> rows = this.reports.enrolments(Viewers.of(jwt), grouping, activeDays);
		return respond(wanted, rows, List.of("key", "label", "enrolled", "active", "completed"),
				(row) -> Arrays.asList(row.key(), row.label(), row.enrolled(), row.active(), row.completed()),
				"enrolments-by-" + grouping.name().toLowerCase(Locale.ROOT));
	}

	/**
	 * How many learners of a course version started and completed each of its modules.
	 * Module titles are in the language of {@code Accept-Language}, else of the token's
	 * {@code locale} claim, else in the course's default language.
	 */
	@GetMapping("/funnel")
	Mono<ResponseEntity<?>> funnel(@AuthenticationPrincipal Jwt jwt, @RequestParam String courseId,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String format,
			@RequestHeader HttpHeaders headers) {
		ResponseFormat wanted = ResponseFormat.of(format, headers.getAccept());
		Flux<ModuleRow> rows = this.reports.funnel(Viewers.of(jwt), courseId.strip(), version,
				Arrays.asList(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE), jwt.getClaimAsString("locale")));
		return respond(wanted, rows, List.of("moduleId", "title", "started", "completed"),
				(row) -> Arrays.asList(row.moduleId(), row.title(), row.started(), row.completed()),
				"funnel-" + courseId.strip() + ((version != null) ? "-v" + version : ""));
	}

	/**
	 * Completions per day, ISO week or month, in UTC, from {@code from} to {@code to}
	 * (ISO dates, both included; by default the 30 days up to today), of one course or of
	 * all.
	 */
	@GetMapping("/completions")
	Mono<ResponseEntity<?>> completions(@AuthenticationPrincipal Jwt jwt,
			@RequestParam(required = false) String courseId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "day") String interval,
			@RequestParam(required = false) String format, @RequestHeader HttpHeaders headers) {
		ResponseFormat wanted = ResponseFormat.of(format, headers.getAccept());
		Interval periods = Interval.parse(interval);
		String course = (courseId != null && !courseId.isBlank()) ? courseId.strip() : null;
		Flux<PeriodRow> rows = this.reports.completions(Viewers.of(jwt), course, date("from", from), date("to", to),
				periods);
		return respond(wanted, rows, List.of("period", "completions"),
				(row) -> Arrays.asList(row.period(), row.completions()),
				"completions-by-" + periods.name().toLowerCase(Locale.ROOT) + ((course != null) ? "-" + course : ""));
	}

	private static LocalDate date(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReportException(parameter, "must be an ISO date such as 2026-03-31");
		}
	}

	private static <T> Mono<ResponseEntity<?>> respond(ResponseFormat format, Flux<T> rows, List<String> header,
			Function<T, List<?>> columns, String name) {
		if (format == ResponseFormat.CSV) {
			return Csv.download(rows, header, columns, name).<ResponseEntity<?>>map((response) -> response);
		}
		return rows.collectList().<ResponseEntity<?>>map((list) -> ResponseEntity.ok().body(list));
	}

}
