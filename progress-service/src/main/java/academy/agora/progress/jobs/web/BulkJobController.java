package academy.agora.progress.jobs.web;

import academy.agora.progress.web.Principals;
import academy.agora.support.access.Role;
import academy.agora.support.access.Viewer;
import academy.agora.support.bulk.BulkJobs;
import academy.agora.support.security.Viewers;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bulk-jobs")
class BulkJobController {

	private final BulkJobs jobs;

	BulkJobController(BulkJobs jobs) {
		this.jobs = jobs;
	}

	/**
	 * A job's progress, for whoever started it and for admins; anyone else is told it
	 * does not exist. What a job did is the business of the coordinator who asked for it,
	 * whichever cohorts others coordinate.
	 */
	@GetMapping("/{id}")
	Mono<BulkJobResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		Viewer viewer = Viewers.of(jwt);
		return this.jobs.find(id)
			.filter((job) -> job.createdBy().equals(viewer.id()) || viewer.is(Role.ADMIN))
			.switchIfEmpty(Mono.error(() -> new BulkJobNotFoundException(id)))
			.map(BulkJobResponse::of);
	}

}
