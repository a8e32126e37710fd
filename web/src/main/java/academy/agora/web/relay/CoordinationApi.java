package academy.agora.web.relay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

/**
 * What coordinators and admins do, on progress-service (cohorts, completion by
 * attendance, reports) and certificate-service (certificates in their scope). The
 * services decide whose data each coordinator reaches; this only relays.
 */
public class CoordinationApi {

	private final WebClient courses;

	private final WebClient progress;

	private final WebClient certificates;

	private final Duration timeout;

	CoordinationApi(WebClient courses, WebClient progress, WebClient certificates, Duration timeout) {
		this.courses = courses;
		this.progress = progress;
		this.certificates = certificates;
		this.timeout = timeout;
	}

	/**
	 * The published courses to plan cohorts of and report on: the catalogue's first 100,
	 * which is all of it for years to come.
	 * @param locale the reader's language
	 * @return id and title of each, in the catalogue's order
	 */
	public Flux<CourseApi.CatalogItem> courses(Locale locale) {
		return this.courses.get()
			.uri((uri) -> uri.path("/api/catalog").queryParam("size", 100).build())
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToMono(CourseApi.CatalogPage.class)
			.timeout(this.timeout)
			.flatMapIterable(CourseApi.CatalogPage::items);
	}

	public Flux<Cohort> cohorts() {
		return this.progress.get().uri("/api/cohorts").retrieve().bodyToFlux(Cohort.class).timeout(this.timeout);
	}

	public Mono<Cohort> cohort(String cohortId) {
		return this.progress.get()
			.uri("/api/cohorts/{id}", cohortId)
			.retrieve()
			.bodyToMono(Cohort.class)
			.timeout(this.timeout);
	}

	/**
	 * Plans a cohort; a 400 names the fields at fault in its {@code errors}.
	 * @param plan the plan
	 * @return the cohort with its join code
	 */
	public Mono<Cohort> planCohort(CohortPlan plan) {
		Map<String, Object> body = new HashMap<>();
		body.put("courseId", plan.courseId());
		body.put("name", plan.name());
		body.put("startsOn", plan.startsOn());
		body.put("endsOn", plan.endsOn());
		body.put("municipality", plan.municipality());
		return this.progress.post()
			.uri("/api/cohorts")
			.bodyValue(body)
			.retrieve()
			.bodyToMono(Cohort.class)
			.timeout(this.timeout);
	}

	public Flux<Member> members(String cohortId) {
		return this.progress.get()
			.uri("/api/cohorts/{id}/members", cohortId)
			.retrieve()
			.bodyToFlux(Member.class)
			.timeout(this.timeout);
	}

	/**
	 * The members as progress-service writes them to CSV, with its headers.
	 * @param cohortId the cohort
	 * @return the file
	 */
	public Mono<ResponseEntity<byte[]>> membersCsv(String cohortId) {
		return csv(this.progress, (uri) -> uri.path("/api/cohorts/{id}/members").queryParam("format", "csv"), cohortId);
	}

	/**
	 * Completes members of a cohort by attendance, as a bulk job.
	 * @param cohortId the cohort
	 * @param reason why
	 * @param enrolmentIds the members; empty for all of them
	 * @return the job just started
	 */
	public Mono<BulkJob> completeCohortByAttendance(String cohortId, String reason, List<String> enrolmentIds) {
		Map<String, Object> body = new HashMap<>();
		body.put("reason", reason);
		if (!enrolmentIds.isEmpty()) {
			body.put("enrolmentIds", enrolmentIds);
		}
		return this.progress.post()
			.uri("/api/cohorts/{id}/attendance-completions", cohortId)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(BulkJob.class)
			.timeout(this.timeout);
	}

	/**
	 * Completes one learner's enrolment by attendance, at once.
	 * @param enrolmentId the enrolment
	 * @param reason why
	 * @return nothing once done
	 */
	public Mono<Void> completeByAttendance(String enrolmentId, String reason) {
		return this.progress.post()
			.uri("/api/enrolments/{id}/attendance-completion", enrolmentId)
			.bodyValue(Map.of("reason", reason))
			.retrieve()
			.toBodilessEntity()
			.timeout(this.timeout)
			.then();
	}

	/**
	 * A bulk job's progress.
	 * @param service the service that runs it
	 * @param jobId the job
	 * @return its progress, or a 404 if it is not the caller's
	 */
	public Mono<BulkJob> job(JobService service, String jobId) {
		WebClient client = (service == JobService.PROGRESS) ? this.progress : this.certificates;
		return client.get()
			.uri("/api/bulk-jobs/{id}", jobId)
			.retrieve()
			.bodyToMono(BulkJob.class)
			.timeout(this.timeout);
	}

	public Flux<ReportRow> enrolmentReport(String groupBy, Locale locale) {
		return this.progress.get()
			.uri((uri) -> uri.path("/api/reports/enrolments").queryParam("groupBy", groupBy).build())
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToFlux(ReportRow.class)
			.timeout(this.timeout);
	}

	public Flux<ModuleRow> funnel(String courseId, Locale locale) {
		return this.progress.get()
			.uri((uri) -> uri.path("/api/reports/funnel").queryParam("courseId", courseId).build())
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToFlux(ModuleRow.class)
			.timeout(this.timeout);
	}

	public Flux<PeriodRow> completions(Period period) {
		return this.progress.get()
			.uri((uri) -> period.query(uri.path("/api/reports/completions")).build())
			.retrieve()
			.bodyToFlux(PeriodRow.class)
			.timeout(this.timeout);
	}

	/**
	 * A report as progress-service writes it to CSV, with its headers.
	 * @param report {@code enrolments}, {@code funnel} or {@code completions}
	 * @param parameters the report's query parameters
	 * @return the file
	 */
	public Mono<ResponseEntity<byte[]>> reportCsv(String report, Map<String, String> parameters) {
		return csv(this.progress, (uri) -> {
			UriBuilder builder = uri.path("/api/reports/{report}").queryParam("format", "csv");
			parameters.forEach(builder::queryParam);
			return builder;
		}, report);
	}

	public Flux<ManagedCertificate> certificates(CertificateFilter filter) {
		return this.certificates.get()
			.uri((uri) -> uri.path("/api/certificates")
				.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
				.queryParamIfPresent("courseId", Optional.ofNullable(filter.courseId()))
				.queryParamIfPresent("cohortId", Optional.ofNullable(filter.cohortId()))
				.queryParam("limit", CertificateFilter.LIMIT)
				.build())
			.retrieve()
			.bodyToFlux(ManagedCertificate.class)
			.timeout(this.timeout);
	}

	public Mono<ManagedCertificate> certificate(String certificateId) {
		return this.certificates.get()
			.uri("/api/certificates/{id}", certificateId)
			.retrieve()
			.bodyToMono(ManagedCertificate.class)
			.timeout(this.timeout);
	}

	/**
	 * Acts on a certificate; repeating an action changes nothing.
	 * @param certificateId the certificate
	 * @param action what to do
	 * @param reason why; ignored for an approval, which asks for none
	 * @return the certificate after it
	 */
	public Mono<ManagedCertificate> act(String certificateId, CertificateAction action, String reason) {
		WebClient.RequestBodySpec request = this.certificates.post()
			.uri("/api/certificates/{id}/{action}", certificateId, action.path());
		WebClient.RequestHeadersSpec<?> withBody = action.needsReason() ? request.bodyValue(Map.of("reason", reason))
				: request.contentType(MediaType.APPLICATION_JSON);
		return withBody.retrieve().bodyToMono(ManagedCertificate.class).timeout(this.timeout);
	}

	/**
	 * Approves every pending certificate of a cohort or course in the caller's scope, as
	 * a bulk job.
	 * @param cohortId the cohort, or {@code null}
	 * @param courseId the course, or {@code null}
	 * @return the job just started
	 */
	public Mono<BulkJob> approveAll(String cohortId, String courseId) {
		Map<String, Object> body = new HashMap<>();
		if (cohortId != null) {
			body.put("cohortId", cohortId);
		}
		if (courseId != null) {
			body.put("courseId", courseId);
		}
		return this.certificates.post()
			.uri("/api/certificates/approvals")
			.bodyValue(body)
			.retrieve()
			.bodyToMono(BulkJob.class)
			.timeout(this.timeout);
	}

	private Mono<ResponseEntity<byte[]>> csv(WebClient client, java.util.function.Function<UriBuilder, UriBuilder> uri,
			Object... variables) {
		return client.get()
			.uri((builder) -> uri.apply(builder).build(variables))
			.accept(new MediaType("text", "csv"))
			.retrieve()
			.toEntity(byte[].class)
			.timeout(this.timeout);
	}

	/** Which service runs a bulk job: each keeps its own. */
	public enum JobService {

		PROGRESS, CERTIFICATES;

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<JobService> of(String slug) {
			for (JobService service : values()) {
				if (service.slug().equals(slug)) {
					return Optional.of(service);
				}
			}
			return Optional.empty();
		}

	}

	/** What a coordinator may do to a certificate. */
	public enum CertificateAction {

		APPROVE("approval", false), SUSPEND("suspension", true), REINSTATE("reinstatement", true),
		REVOKE("revocation", true);

		private final String path;

		private final boolean needsReason;

		CertificateAction(String path, boolean needsReason) {
			this.path = path;
			this.needsReason = needsReason;
		}

		public String path() {
			return this.path;
		}

		public boolean needsReason() {
			return this.needsReason;
		}

		public static Optional<CertificateAction> ofPath(String path) {
			for (CertificateAction action : values()) {
				if (action.path.equals(path)) {
					return Optional.of(action);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * A coordinator's plan for a cohort.
	 *
	 * @param municipality {@code null} for the coordinator's own
	 */
	public record CohortPlan(String courseId, String name, LocalDate startsOn, LocalDate endsOn, String municipality) {
	}

	/** A cohort; {@code open} says whether it takes new members today. */
	public record Cohort(String id, String name, String courseId, String courseTitle, String municipality,
			LocalDate startsOn, LocalDate endsOn, String joinCode, boolean open, String createdBy, Instant createdAt) {

		/**
		 * The join code in two groups of four, easier to read out and to type.
		 * @return such as {@code 7K3M-9QXR}
		 */
		public String joinCodeGrouped() {
			return (this.joinCode != null && this.joinCode.length() == 8)
					? this.joinCode.substring(0, 4) + "-" + this.joinCode.substring(4) : this.joinCode;
		}

	}

	/** A member of a cohort and their progress. */
	public record Member(String enrolmentId, String learnerId, String name, String municipality, String status,
			int percentComplete, Instant enrolledAt, Instant completedAt, Instant lastActivityAt, boolean certified) {

		public boolean completed() {
			return "COMPLETED".equals(this.status);
		}

		public boolean withdrawn() {
			return "WITHDRAWN".equals(this.status);
		}

	}

	/**
	 * A bulk job's progress.
	 *
	 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
	 */
	public record BulkJob(String id, String kind, String status, int total, int done, int skipped, int failed,
			List<Map<String, String>> failures, Instant createdAt, Instant finishedAt) {

		public int processed() {
			return this.done + this.skipped + this.failed;
		}

		public boolean running() {
			return "RUNNING".equals(this.status);
		}

		public int percent() {
			return (this.total == 0) ? 100 : (int) Math.floor(100.0 * processed() / this.total);
		}

	}

	/** One group of the enrolments report. */
	public record ReportRow(String key, String label, long enrolled, long active, long completed) {
	}

	/** How far learners of a course got through one of its modules. */
	public record ModuleRow(String moduleId, String title, long started, long completed) {
	}

	/**
	 * Completions in one period.
	 *
	 * @param period a day ({@code 2026-03-02}), ISO week ({@code 2026-W10}) or month
	 * ({@code 2026-03})
	 */
	public record PeriodRow(String period, long completions) {
	}

	/**
	 * The span and step of the completions report.
	 *
	 * @param interval {@code week} or {@code month}
	 * @param courseId one course, or {@code null} for all
	 */
	public record Period(LocalDate from, LocalDate to, String interval, String courseId) {

		UriBuilder query(UriBuilder uri) {
			return uri.queryParam("from", this.from)
				.queryParam("to", this.to)
				.queryParam("interval", this.interval)
				.queryParamIfPresent("courseId", Optional.ofNullable(this.courseId));
		}

		public Map<String, String> parameters() {
			Map<String, String> parameters = new java.util.LinkedHashMap<>();
			parameters.put("from", this.from.toString());
			parameters.put("to", this.to.toString());
			parameters.put("interval", this.interval);
			if (this.courseId != null) {
				parameters.put("courseId", this.courseId);
			}
			return parameters;
		}

	}

	/**
	 * Which certificates to list; {@code null} filters nothing.
	 *
	 * @param status {@code PENDING}, {@code VALID}, {@code SUSPENDED} or {@code REVOKED}
	 */
	public record CertificateFilter(String status, String courseId, String cohortId) {

		/** The most a page lists; certificate-service allows up to 500. */
		public static final int LIMIT = 200;

	}

	/** A certificate as staff in scope see it, with its history. */
	public record ManagedCertificate(String id, String enrolmentId, String courseId, int courseVersion,
			String courseTitle, String language, Instant completedAt, String learnerName, String municipality,
			String cohortId, String status, String verificationCode, String verificationUrl, Instant issuedAt,
			Attendance attendance, List<StatusChange> history) {

		public boolean pending() {
			return "PENDING".equals(this.status);
		}

		public boolean valid() {
			return "VALID".equals(this.status);
		}

		public boolean suspended() {
			return "SUSPENDED".equals(this.status);
		}

		public boolean revoked() {
			return "REVOKED".equals(this.status);
		}

	}

	public record Attendance(String recordedBy, String reason) {
	}

	public record StatusChange(String action, Instant at, String by, String reason) {
	}

}
