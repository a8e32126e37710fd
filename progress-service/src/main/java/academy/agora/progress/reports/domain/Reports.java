package academy.agora.progress.reports.domain;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import academy.agora.progress.cohorts.domain.Cohort;
import academy.agora.progress.cohorts.domain.Cohorts;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.progress.enrolment.domain.CourseNotFoundException;
import academy.agora.progress.enrolment.domain.Languages;
import academy.agora.progress.enrolment.domain.Scopes;
import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The reports, each within the viewer's {@link Scope}. Periods and "today" are in UTC.
 */
public class Reports {

	/** Ten years of days: the longest completions report. */
	public static final int MAX_DAYS = 3660;

	/**
	 * The completions report covers this many days up to today when not told otherwise.
	 */
	public static final int DEFAULT_DAYS = 30;

	/** The longest active window a request may ask for. */
	public static final int MAX_ACTIVE_DAYS = 366;

	static final String NO_MUNICIPALITY = "(no municipality)";

	static final String UNKNOWN_COUNTRY = "(unknown country)";

	static final String SELF_PACED = "(self-paced)";

	private final Scopes scopes;

	private final ReportQueries queries;

	private final CourseVersions courses;

	private final Cohorts cohorts;

	private final Clock clock;

	private final Duration activeWindow;

	/**
	 * The reports.
	 * @param scopes works out a viewer's scope
	 * @param queries the counting
	 * @param courses the published versions, for module titles and order
	 * @param cohorts the cohorts, for their names
	 * @param clock the time
	 * @param activeWindow how recent an enrolment's last activity must be for it to count
	 * as active, unless a request says otherwise
	 */
	public Reports(Scopes scopes, ReportQueries queries, CourseVersions courses, Cohorts cohorts, Clock clock,
			Duration activeWindow) {
		this.scopes = scopes;
		this.queries = queries;
		this.courses = courses;
		this.cohorts = cohorts;
		this.clock = clock;
		this.activeWindow = Objects.requireNonNull(activeWindow, "activeWindow");
	}

	/**
	 * Enrolled, active and completed enrolments in groups, by label, with the group of
	 * those without a key (no municipality, unknown country, self-paced) last.
	 * @param viewer who asks
	 * @param groupBy what to group by
	 * @param activeDays how many days back activity counts as active, or {@code null} for
	 * the configured window
	 * @return the rows, or an {@link InvalidReportException}
	 */
	public Flux<EnrolmentRow> enrolments(Viewer viewer, GroupBy groupBy, Integer activeDays) {
		return Mono.fromCallable(() -> activeSince(activeDays))
			.flatMapMany((since) -> inScope(viewer, (scope) -> switch (groupBy) {
				case COURSE -> this.queries.enrolments(scope, ReportQueries.Grouping.COURSE, since);
				case MUNICIPALITY -> this.queries.enrolments(scope, ReportQueries.Grouping.MUNICIPALITY, since)
					.map((row) -> row.withLabel((row.key() != null) ? row.key() : NO_MUNICIPALITY));
				case COUNTRY -> this.queries.enrolments(scope, ReportQueries.Grouping.MUNICIPALITY, since)
					.collectList()
					.flatMapIterable((rows) -> Countries.fold(rows, UNKNOWN_COUNTRY));
				case COHORT -> this.queries.enrolments(scope, ReportQueries.Grouping.COHORT, since)
					.collectList()
					.flatMapMany(this::labelCohorts);
			}))
			.collectSortedList(byLabel())
			.flatMapIterable(Function.identity());
	}

	private Instant activeSince(Integer activeDays) {
		if (activeDays != null && (activeDays < 1 || activeDays > MAX_ACTIVE_DAYS)) {
			throw new InvalidReportException("activeDays", "must be between 1 and " + MAX_ACTIVE_DAYS);
		}
		Duration window = (activeDays != null) ? Duration.ofDays(activeDays) : this.activeWindow;
		return this.clock.instant().minus(window).truncatedTo(ChronoUnit.MILLIS);
	}

	private Flux<EnrolmentRow> labelCohorts(List<EnrolmentRow> rows) {
		List<String> ids = rows.stream().map(EnrolmentRow::key).filter(Objects::nonNull).toList();
		return this.cohorts.findByIds(ids)
			.collectMap(Cohort::id, Cohort::name)
			.flatMapIterable((names) -> rows.stream()
				.map((row) -> row
					.withLabel((row.key() == null) ? SELF_PACED : names.getOrDefault(row.key(), row.key())))
				.toList());
	}

	private static Comparator<EnrolmentRow> byLabel() {
		Collator collator = Collator.getInstance(Locale.ROOT);
		return Comparator.comparing((EnrolmentRow row) -> row.key() == null)
			.thenComparing(EnrolmentRow::label, Comparator.nullsLast(collator::compare))
			.thenComparing(EnrolmentRow::key, Comparator.nullsLast(Comparator.naturalOrder()));
	}

	/**
	 * How far learners of a course version got through each of its modules, in the
	 * version's order; modules nobody started count zero.
	 * @param viewer who asks
	 * @param courseId the course
	 * @param version the version, or {@code null} for the latest
	 * @param languagePreferences the reader's language preferences for module titles, the
	 * strongest first (see {@link Languages#choose})
	 * @return the rows, a {@link CourseNotFoundException} or an
	 * {@link InvalidReportException}
	 */
	public Flux<ModuleRow> funnel(Viewer viewer, String courseId, Integer version, List<String> languagePreferences) {
		if (version != null && version < 1) {
			return Flux.error(new InvalidReportException("version", "must be 1 or more"));
		}
		Mono<CourseVersion> course = (version != null)
				? this.courses.find(courseId, version)
					.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(courseId, version)))
				: this.courses.findLatest(courseId)
					.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(courseId)));
		return course
			.flatMapMany((found) -> inScope(viewer, (scope) -> this.queries.funnel(scope, courseId, found.version()))
				.collectMap(ReportQueries.ModuleCount::moduleId)
				.flatMapIterable((counts) -> rows(found, counts, languagePreferences)));
	}

	private static List<ModuleRow> rows(CourseVersion version, Map<String, ReportQueries.ModuleCount> counts,
			List<String> languagePreferences) {
		String language = Languages.choose(languagePreferences, version.languages(), version.language());
		return version.modules().stream().map((module) -> {
			ReportQueries.ModuleCount count = counts.get(module.id());
			String title = Languages.text(module.titles(), language, version.language());
			return new ModuleRow(module.id(), (title != null) ? title : module.id(),
					(count != null) ? count.started() : 0, (count != null) ? count.completed() : 0);
		}).toList();
	}

	/**
	 * Completions per period, every period from the first day to the last, with zero
	 * where there were none.
	 * @param viewer who asks
	 * @param courseId only this course, or every course if {@code null}
	 * @param from the first day, or {@code null} for {@value #DEFAULT_DAYS} days up to
	 * the last
	 * @param to the last day, or {@code null} for today
	 * @param interval the periods
	 * @return the rows, a {@link CourseNotFoundException} or an
	 * {@link InvalidReportException}
	 */
	public Flux<PeriodRow> completions(Viewer viewer, String courseId, LocalDate from, LocalDate to,
			Interval interval) {
		LocalDate last = (to != null) ? to : LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate first = (from != null) ? from : last.minusDays(DEFAULT_DAYS - 1);
		if (first.isAfter(last)) {
			return Flux.error(new InvalidReportException("from", "must not be after to (" + last + ")"));
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			return Flux.error(new InvalidReportException("from", "a report covers at most " + MAX_DAYS + " days"));
		}
		Mono<Void> courseKnown = (courseId != null) ? this.courses.findLatest(courseId)
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(courseId)))
			.then() : Mono.empty();
		Instant since = first.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant until = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return courseKnown
			.thenMany(inScope(viewer, (scope) -> this.queries.completionsPerDay(scope, courseId, since, until))
				.collectMap(ReportQueries.DayCount::day, ReportQueries.DayCount::completions)
				.flatMapIterable((perDay) -> interval.fold(first, last, perDay)));
	}

	private <T> Flux<T> inScope(Viewer viewer, Function<Scope, Flux<T>> query) {
		return this.scopes.of(viewer).flatMapMany((scope) -> scope.isEmpty() ? Flux.empty() : query.apply(scope));
	}

}
