package academy.agora.web.coordination;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import academy.agora.web.relay.CoordinationApi;
import academy.agora.web.relay.CoordinationApi.CertificateAction;
import academy.agora.web.relay.CoordinationApi.CertificateFilter;
import academy.agora.web.relay.CoordinationApi.ManagedCertificate;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Certificates in the coordinator's scope: a list filtered by status, cohort and course;
 * approving the pending ones, one or all at once; suspending, reinstating and revoking
 * one, each with a reason kept in its history.
 */
@Controller
class CertificateManagementController {

	static final Set<String> STATUSES = Set.of("PENDING", "VALID", "SUSPENDED", "REVOKED");

	/** certificate-service's limit on a reason. */
	static final int REASON_LENGTH = 500;

	private final CoordinationApi coordination;

	CertificateManagementController(CoordinationApi coordination) {
		this.coordination = coordination;
	}

	@GetMapping("/coordination/certificates")
	Mono<Rendering> list(@RequestParam(required = false) String status, @RequestParam(required = false) String cohortId,
			@RequestParam(required = false) String courseId, Locale locale) {
		CertificateFilter filter = new CertificateFilter((status != null && STATUSES.contains(status)) ? status : null,
				Coordination.isId(courseId) ? courseId : null, Coordination.isId(cohortId) ? cohortId : null);
		return Mono
			.zip(this.coordination.certificates(filter)
				.sort(Comparator.comparing(ManagedCertificate::completedAt,
						Comparator.nullsLast(Comparator.reverseOrder())))
				.collectList(), this.coordination.cohorts().collectList(),
					this.coordination.courses(locale).collectList())
			.map((found) -> Rendering.view("coordination/certificates")
				.modelAttribute("section", "certificates")
				.modelAttribute("filter", filter)
				.modelAttribute("certificates", found.getT1())
				.modelAttribute("pendingCount", found.getT1().stream().filter(ManagedCertificate::pending).count())
				.modelAttribute("cohorts", found.getT2())
				.modelAttribute("courses", found.getT3())
				.modelAttribute("statuses", List.of("PENDING", "VALID", "SUSPENDED", "REVOKED"))
				.modelAttribute("limit", CertificateFilter.LIMIT)
				.build());
	}

	@GetMapping("/coordination/certificates/{id}")
	Mono<Rendering> certificate(@PathVariable String id, @RequestParam(required = false) String done) {
		return page(id, null, null, null).map((page) -> {
			if (done != null && CertificateAction.ofPath(done).isPresent()) {
				page.modelAttribute("done", done);
			}
			return page.build();
		});
	}

	@PostMapping("/coordination/certificates/{id}/{action}")
	Mono<Rendering> act(@PathVariable String id, @PathVariable String action, @ModelAttribute ReasonForm form) {
		CertificateAction chosen = CertificateAction.ofPath(action)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (chosen.needsReason()) {
			String problem = form.problem(REASON_LENGTH);
			if (problem != null) {
				return page(id, chosen.path(), form.reason(), problem)
					.map((page) -> page.status(HttpStatus.UNPROCESSABLE_CONTENT).build());
			}
		}
		return this.coordination.act(id, chosen, form.reason().strip())
			.thenReturn(Rendering.redirectTo("/coordination/certificates/" + id + "?done=" + chosen.path()).build());
	}

	/**
	 * Approves every pending certificate of the cohort or course shown, as a bulk job
	 * whose progress page follows.
	 */
	@PostMapping("/coordination/certificates/approvals")
	Mono<Rendering> approveAll(@ModelAttribute ApprovalForm form) {
		String cohort = Coordination.isId(form.cohortId()) ? form.cohortId() : null;
		String course = Coordination.isId(form.courseId()) ? form.courseId() : null;
		return this.coordination.approveAll(cohort, course).map((job) -> {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/coordination/jobs/certificates/{job}");
			if (cohort != null) {
				uri.queryParam("cohort", cohort);
			}
			return Rendering.redirectTo(uri.buildAndExpand(job.id()).encode().toUriString()).build();
		});
	}

	private Mono<Rendering.Builder<?>> page(String id, String failedAction, String reason, String problem) {
		return this.coordination.certificate(id).map((certificate) -> {
			Rendering.Builder<?> page = Rendering.view("coordination/certificate")
				.modelAttribute("section", "certificates")
				.modelAttribute("certificate", certificate)
				.modelAttribute("history", newestFirst(certificate.history()))
				.modelAttribute("actions", actions(certificate));
			if (failedAction != null) {
				page.modelAttribute("failedAction", failedAction)
					.modelAttribute("reason", reason)
					.modelAttribute("reasonProblem", problem);
			}
			return page;
		});
	}

	/** What may be done to a certificate besides approving it, each with a reason. */
	static List<String> actions(ManagedCertificate certificate) {
		if (certificate.valid()) {
			return List.of(CertificateAction.SUSPEND.path(), CertificateAction.REVOKE.path());
		}
		if (certificate.suspended()) {
			return List.of(CertificateAction.REINSTATE.path(), CertificateAction.REVOKE.path());
		}
		return List.of();
	}

	private static List<CoordinationApi.StatusChange> newestFirst(List<CoordinationApi.StatusChange> history) {
		List<CoordinationApi.StatusChange> changes = new java.util.ArrayList<>((history != null) ? history : List.of());
		java.util.Collections.reverse(changes);
		return changes;
	}

	/**
	 * What to approve in bulk, as the form sends it; blank for no filter.
	 *
	 * @param cohortId only this cohort's pending certificates
	 * @param courseId only this course's pending certificates
	 */
	record ApprovalForm(String cohortId, String courseId) {
	}

}
