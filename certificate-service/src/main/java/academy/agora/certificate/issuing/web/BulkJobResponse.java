package academy.agora.certificate.issuing.web;

import java.time.Instant;
import java.util.List;

import academy.agora.support.bulk.BulkJob;

/**
 * A bulk job and its progress. The service's bulk jobs work on certificates, so each
 * failure names one.
 *
 * @param failures the refused certificates and why, as the tail of the problem type the
 * same refusal has over HTTP, such as {@code certificate-not-found}
 */
record BulkJobResponse(String id, String kind, BulkJob.Status status, int total, int done, int skipped, int failed,
		List<FailureResponse> failures, String createdBy, Instant createdAt, Instant finishedAt) {

	static BulkJobResponse of(BulkJob job) {
		return new BulkJobResponse(job.id(), job.kind(), job.status(), job.total(), job.done(), job.skipped(),
				job.failed(),
				job.failures()
					.stream()
					.map((failure) -> new FailureResponse(failure.itemId(), failure.problem()))
					.toList(),
				job.createdBy(), job.createdAt(), job.finishedAt());
	}

	record FailureResponse(String certificateId, String problem) {
	}

}
