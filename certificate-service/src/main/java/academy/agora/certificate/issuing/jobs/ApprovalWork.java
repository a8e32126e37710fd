package academy.agora.certificate.issuing.jobs;

import java.util.Arrays;

import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CertificateNotFoundException;
import academy.agora.certificate.issuing.domain.CertificateStateException;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.support.access.Viewer;
import academy.agora.support.bulk.BulkJob;
import academy.agora.support.bulk.BulkWork;
import academy.agora.support.bulk.Outcome;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Approves one pending certificate for a bulk approval. It acts as the coordinator who
 * started the job, with the roles and municipality their token had then (kept with the
 * job, since a job resumed after a restart has no token), so each certificate goes
 * through the same scope as a single approval.
 */
@Component
class ApprovalWork implements BulkWork {

	static final String KIND = "certificate-approval";

	private final CertificateIssuing issuing;

	ApprovalWork(CertificateIssuing issuing) {
		this.issuing = issuing;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/**
	 * Done if the certificate was pending and is issued now, skipped if it was issued
	 * already; a certificate out of the coordinator's scope, or rejected meanwhile, fails
	 * with the problem type the same refusal has over HTTP.
	 */
	@Override
	public Mono<Outcome> process(BulkJob job, String certificateId) {
		Viewer approver = job.startedBy();
		return this.issuing.find(approver, certificateId)
			.flatMap((certificate) -> (certificate.status() == CertificateStatus.PENDING)
					? this.issuing.approve(approver, certificateId).thenReturn(Outcome.done())
					: Mono.just(Outcome.skipped()))
			.onErrorResume(CertificateNotFoundException.class,
					(ex) -> Mono.just(Outcome.failed("certificate-not-found")))
			.onErrorResume(CertificateStateException.class,
					(ex) -> Mono.just(Outcome.failed("certificate-status-conflict")));
	}

}
