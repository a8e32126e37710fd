package academy.agora.progress.cohorts.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import academy.agora.progress.cohorts.domain.CohortCoordination;
import academy.agora.progress.cohorts.jobs.AttendanceCompletionJobs;
import academy.agora.progress.enrolment.web.EnrolmentResponse;
import academy.agora.progress.jobs.web.BulkJobResponse;
import academy.agora.progress.web.Csv;
import academy.agora.progress.web.Principals;
import academy.agora.progress.web.ResponseFormat;
import academy.agora.support.security.Viewers;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class CohortController {

	private final CohortCoordination coordination;

	private final AttendanceCompletionJobs attendanceCompletions;

	private final Clock clock;

	CohortController(CohortCoordination coordination, AttendanceCompletionJobs attendanceCompletions, Clock clock) {
		this.coordination = coordination;
		this.attendanceCompletions = attendanceCompletions;
		this.clock = clock;
	}

	@PostMapping
	Mono<ResponseEntity<CohortResponse>> plan(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody CohortRequest request) {
		return this.coordination.plan(Viewers.of(jwt), request.plan())
			.map((cohort) -> ResponseEntity.created(URI.create("/api/cohorts/" + cohort.id()))
				.body(CohortResponse.of(cohort, today())));
	}

	@GetMapping
	Flux<CohortResponse> list(@AuthenticationPrincipal Jwt jwt) {
		LocalDate today = today();
		return this.coordination.visibleTo(Viewers.of(jwt)).map((cohort) -> CohortResponse.of(cohort, today));
	}

	@GetMapping("/{id}")
	Mono<CohortResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.coordination.find(Viewers.of(jwt), id).map((cohort) -> CohortResponse.of(cohort, today()));
	}

	/**
	 * The members with their progress, by name: JSON, or a CSV download with
	 * {@code Accept: text/csv} or {@code ?format=csv}.
	 */
	@GetMapping("/{id}/members")
	Mono<ResponseEntity<?>> members(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@RequestParam(required = false) String format, @RequestHeader HttpHeaders headers) {
		ResponseFormat wanted = ResponseFormat.of(format, headers.getAccept());
		Flux<MemberResponse> members = this.coordination.members(Viewers.of(jwt), id).map(MemberResponse::of);
		if (wanted == ResponseFormat.CSV) {
			return Csv.download(members, MemberResponse.CSV_HEADER, MemberResponse::csv, "cohort-" + id + "-members")
				.<ResponseEntity<?>>map((response) -> response);
		}
		return members.collectList().<ResponseEntity<?>>map((list) -> ResponseEntity.ok().body(list));
	}

	/**
	 * Completes members of the cohort by attendance in the background: 202 with the job
	 * and its {@code Location}, where its progress shows. Nothing is started if the
	 * request is refused.
	 */
	@PostMapping("/{id}/attendance-completions")
	Mono<ResponseEntity<BulkJobResponse>> completeByAttendance(@AuthenticationPrincipal Jwt jwt,
			@PathVariable String id, @Valid @RequestBody AttendanceCompletionsRequest request) {
		return this.attendanceCompletions.start(Viewers.of(jwt), id, request.reason(), request.enrolmentIds())
			.map((job) -> ResponseEntity.accepted()
				.location(URI.create("/api/bulk-jobs/" + job.id()))
				.body(BulkJobResponse.of(job)));
	}

	/**
	 * Joins the signed-in learner to the cohort with the code: 201 with a new enrolment,
	 * 200 with the learner's enrolment when it joined the cohort or was in it already.
	 */
	@PostMapping("/join")
	Mono<ResponseEntity<EnrolmentResponse>> join(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody JoinRequest request) {
		return this.coordination.join(Principals.learner(jwt), request.code()).map((membership) -> {
			EnrolmentResponse body = EnrolmentResponse.of(membership.enrolment());
			return switch (membership.outcome()) {
				case ENROLLED -> ResponseEntity.status(HttpStatus.CREATED)
					.location(URI.create("/api/enrolments/" + body.id()))
					.body(body);
				case ATTACHED, ALREADY_MEMBER ->
					ResponseEntity.ok().location(URI.create("/api/enrolments/" + body.id())).body(body);
			};
		});
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
