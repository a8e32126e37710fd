package academy.agora.web.coordination;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import academy.agora.web.config.WebProperties;
import academy.agora.web.relay.CoordinationApi;
import academy.agora.web.relay.CoordinationApi.Cohort;
import academy.agora.web.relay.CoordinationApi.Member;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Cohorts: the list, planning a new one, and a cohort's page with its join code, its
 * members' progress and completion by attendance, for one member or for all.
 */
@Controller
class CohortsController {

	/** Reasons are kept with completions and certificates; progress-service's limit. */
	static final int REASON_LENGTH = 500;

	private final CoordinationApi coordination;

	private final WebProperties properties;

	CohortsController(CoordinationApi coordination, WebProperties properties) {
		this.coordination = coordination;
		this.properties = properties;
	}

	@GetMapping("/coordination/cohorts")
	Mono<Rendering> list() {
		return this.coordination.cohorts()
			.sort(Comparator.comparing(Cohort::startsOn, Comparator.nullsLast(Comparator.reverseOrder())))
			.collectList()
			.map((cohorts) -> Rendering.view("coordination/cohorts")
				.modelAttribute("section", "cohorts")
				.modelAttribute("cohorts", cohorts)
				.build());
	}

	@GetMapping("/coordination/cohorts/new")
	Mono<Rendering> newCohort(Locale locale) {
		return form(CohortForm.blank(LocalDate.now(Coordination.ZONE)), Map.of(), locale, HttpStatus.OK);
	}

	@PostMapping("/coordination/cohorts")
	Mono<Rendering> plan(@ModelAttribute CohortForm form, Locale locale) {
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			return form(form, problems, locale, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return this.coordination.planCohort(form.plan())
			.map((cohort) -> Rendering.redirectTo("/coordination/cohorts/" + cohort.id() + "?planned=true").build())
			.onErrorResume(WebClientResponseException.class, (ex) -> {
				Map<String, String> refused = refusal(ex);
				return refused.isEmpty() ? Mono.error(ex)
						: form(form, refused, locale, HttpStatus.UNPROCESSABLE_CONTENT);
			});
	}

	/**
	 * The fields a refusal of progress-service is about, or nothing if it is about none
	 * (the error page then explains).
	 */
	static Map<String, String> refusal(WebClientResponseException ex) {
		ServiceProblem problem = ServiceProblem.of(ex);
		Map<String, String> fields = new LinkedHashMap<>();
		switch (problem.slug()) {
			case "course-not-found", "course-retired" -> fields.put("courseId", "coordination.cohort.error.course");
			case "municipality-out-of-scope" -> fields.put("municipality", "coordination.cohort.error.municipality");
			case "invalid-request" -> problem.fields().forEach((field, message) -> {
				switch (field) {
					case "name" -> fields.put("name", "coordination.cohort.error.name");
					case "courseId" -> fields.put("courseId", "coordination.cohort.error.course");
					case "startsOn" -> fields.put("startsOn", "coordination.cohort.error.date");
					case "endsOn" -> fields.put("endsOn", message.contains("past")
							? "coordination.cohort.error.endsOnPast" : "coordination.cohort.error.endsOn");
					case "municipality" -> fields.put("municipality", "coordination.cohort.error.municipalityLength");
					default -> {
					}
				}
			});
			default -> {
			}
		}
		return fields;
	}

	private Mono<Rendering> form(CohortForm form, Map<String, String> problems, Locale locale, HttpStatus status) {
		return this.coordination.courses(locale)
			.collectList()
			.map((courses) -> Rendering.view("coordination/cohort-new")
				.status(status)
				.modelAttribute("section", "cohorts")
				.modelAttribute("courses", courses)
				.modelAttribute("form", form)
				.modelAttribute("problems", problems)
				.build());
	}

	@GetMapping("/coordination/cohorts/{id}")
	Mono<Rendering> cohort(@PathVariable String id, @RequestParam(required = false) String recorded,
			@RequestParam(required = false) String planned) {
		return page(id, null, null).map((page) -> {
			page.modelAttribute("planned", planned != null);
			if (Coordination.isId(recorded)) {
				page.modelAttribute("recorded", recorded);
			}
			return page.build();
		});
	}

	/**
	 * Completes every member who has not completed by attendance, as a bulk job whose
	 * progress page follows.
	 */
	@PostMapping("/coordination/cohorts/{id}/attendance-completions")
	Mono<Rendering> completeAll(@PathVariable String id, @ModelAttribute ReasonForm form) {
		if (form.problem(REASON_LENGTH) != null) {
			return page(id, form.reason(), form.problem(REASON_LENGTH))
				.map((page) -> page.status(HttpStatus.UNPROCESSABLE_CONTENT).build());
		}
		return this.coordination.completeCohortByAttendance(id, form.reason().strip(), List.of())
			.map((job) -> Rendering
				.redirectTo(UriComponentsBuilder.fromPath("/coordination/jobs/progress/{job}")
					.queryParam("cohort", id)
					.buildAndExpand(job.id())
					.encode()
					.toUriString())
				.build());
	}

	@GetMapping("/coordination/cohorts/{id}/members/{enrolmentId}/attendance")
	Mono<Rendering> attendanceForm(@PathVariable String id, @PathVariable String enrolmentId) {
		return attendancePage(id, enrolmentId, new ReasonForm(""), null, HttpStatus.OK);
	}

	@PostMapping("/coordination/cohorts/{id}/members/{enrolmentId}/attendance")
	Mono<Rendering> recordAttendance(@PathVariable String id, @PathVariable String enrolmentId,
			@ModelAttribute ReasonForm form) {
		String problem = form.problem(REASON_LENGTH);
		if (problem != null) {
			return attendancePage(id, enrolmentId, form, problem, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		// The member must be one of this cohort's; the service checks the coordinator's
		// scope again.
		return member(id, enrolmentId)
			.flatMap((found) -> this.coordination.completeByAttendance(enrolmentId, form.reason().strip()))
			.thenReturn(Rendering.redirectTo("/coordination/cohorts/" + id + "?recorded=" + enrolmentId).build());
	}

	private Mono<Rendering> attendancePage(String id, String enrolmentId, ReasonForm form, String problem,
			HttpStatus status) {
		return Mono.zip(this.coordination.cohort(id), member(id, enrolmentId))
			.map((found) -> Rendering.view("coordination/attendance")
				.status(status)
				.modelAttribute("section", "cohorts")
				.modelAttribute("cohort", found.getT1())
				.modelAttribute("member", found.getT2())
				.modelAttribute("reason", form.reason())
				.modelAttribute("reasonProblem", problem)
				.build());
	}

	private Mono<Member> member(String cohortId, String enrolmentId) {
		return this.coordination.members(cohortId)
			.filter((member) -> member.enrolmentId().equals(enrolmentId))
			.next()
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private Mono<Rendering.Builder<?>> page(String id, String reason, String reasonProblem) {
		return Mono.zip(this.coordination.cohort(id), this.coordination.members(id).collectList()).map((found) -> {
			Cohort cohort = found.getT1();
			List<Member> members = found.getT2();
			Rendering.Builder<?> page = Rendering.view("coordination/cohort")
				.modelAttribute("section", "cohorts")
				.modelAttribute("cohort", cohort)
				.modelAttribute("members", members)
				.modelAttribute("completedCount", members.stream().filter(Member::completed).count())
				.modelAttribute("toComplete",
						members.stream().filter((member) -> !member.completed() && !member.withdrawn()).count())
				.modelAttribute("joinUrl", joinUrl(cohort))
				.modelAttribute("reason", (reason != null) ? reason : "");
			if (reasonProblem != null) {
				page.modelAttribute("reasonProblem", reasonProblem);
			}
			return page;
		});
	}

	String joinUrl(Cohort cohort) {
		return UriComponentsBuilder.fromUri(this.properties.baseUrl())
			.replacePath("/join")
			.queryParam("code", cohort.joinCodeGrouped())
			.build()
			.toUriString();
	}

}
