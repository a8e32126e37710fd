package academy.agora.certificate.issuing.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateFilter;
import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.support.access.Role;
import academy.agora.support.access.Viewer;
import academy.agora.support.bulk.BulkJob;
import academy.agora.support.bulk.BulkJobs;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Starts bulk approvals: the certificates named, or every pending one in the
 * coordinator's scope of a cohort or course, one {@link ApprovalWork} each, in the
 * background.
 */
@Component
public class Approvals {

	/** As many as a job takes. */
	private static final int MOST = CertificateFilter.MAX_ITEMS;

	private final CertificateIssuing issuing;

	private final BulkJobs jobs;

	Approvals(CertificateIssuing issuing, BulkJobs jobs) {
		this.issuing = issuing;
		this.jobs = jobs;
	}

	/**
	 * Starts a bulk approval.
	 * @param approver the coordinator or admin
	 * @param certificateIds the certificates to approve; {@code null} or empty for every
	 * pending one in scope that matches the cohort and course
	 * @param cohortId only this cohort's, or {@code null}
	 * @param courseId only this course's, or {@code null}
	 * @return the running job
	 */
	public Mono<BulkJob> start(Viewer approver, List<String> certificateIds, String cohortId, String courseId) {
		Flux<String> ids = (certificateIds != null && !certificateIds.isEmpty())
				? Flux.fromIterable(certificateIds).distinct()
				: this.issuing
					.list(approver, new CertificateFilter(CertificateStatus.PENDING, courseId, cohortId, MOST))
					.map(Certificate::id);
		Map<String, String> parameters = new LinkedHashMap<>();
		if (cohortId != null) {
			parameters.put("cohortId", cohortId);
		}
		if (courseId != null) {
			parameters.put("courseId", courseId);
		}
		return this.jobs.start(ApprovalWork.KIND, approver, parameters, ids);
	}

	public Mono<BulkJob> find(Viewer viewer, String jobId) {
		return this.jobs.find(jobId).filter((job) -> job.createdBy().equals(viewer.id()) || viewer.is(Role.ADMIN));
	}

}
