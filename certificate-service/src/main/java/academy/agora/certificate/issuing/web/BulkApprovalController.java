package academy.agora.certificate.issuing.web;

import java.net.URI;

import academy.agora.certificate.issuing.jobs.Approvals;
import academy.agora.support.security.Viewers;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approval of many pending certificates at once, as a job that reports its progress: a
 * coordinator approving a cohort of fifty does not wait for fifty writes, and sees how
 * far it got.
 */
@RestController
class BulkApprovalController {

	private final Approvals approvals;

	BulkApprovalController(Approvals approvals) {
		this.approvals = approvals;
	}

	@PostMapping("/api/certificates/approvals")
	Mono<ResponseEntity<BulkJobResponse>> approve(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody ApprovalRequest request) {
		return this.approvals.start(Viewers.of(jwt), request.certificateIds(), request.cohortId(), request.courseId())
			.map((job) -> ResponseEntity.status(HttpStatus.ACCEPTED)
				.location(URI.create("/api/bulk-jobs/" + job.id()))
				.body(BulkJobResponse.of(job)));
	}

	/**
	 * A job's progress, for whoever started it and for admins; anyone else is told it
	 * does not exist.
	 */
	@GetMapping("/api/bulk-jobs/{id}")
	Mono<BulkJobResponse> job(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.approvals.find(Viewers.of(jwt), id)
			.map(BulkJobResponse::of)
			.switchIfEmpty(Mono.error(() -> new BulkJobNotFoundException(id)));
	}

}
