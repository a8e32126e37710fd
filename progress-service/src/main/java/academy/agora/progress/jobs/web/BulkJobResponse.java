package academy.agora.progress.jobs.web;

import java.time.Instant;
import java.util.List;

import academy.agora.support.bulk.BulkJob;

/**
 * A bulk job and its progress. Every bulk job of this service works on enrolments, so
 * each failure names an enrolment. Public because the endpoints that start jobs answer
 * with it too.
 *
 * @param id the job
 * @param kind what it does, such as {@code attendance-completion}
 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param total how many enrolments it works on
 * @param done how many it changed
 * @param skipped how many needed no change
 * @param failed how many it refused
 * @param failures the refused enrolments and why
 * @param createdBy who started it
 * @param createdAt when
 * @param finishedAt when it ended, {@code null} while it runs
 */
public record BulkJobResponse(String id, String kind, BulkJob.Status status, int total, int done, int skipped,
		int failed, List<FailureResponse> failures, String createdBy, Instant createdAt, Instant finishedAt) {

	public static BulkJobResponse of(BulkJob job) {
		return new BulkJobResponse(job.id(), job.kind(), job.status(), job.total(), job.done(), job.skipped(),
				job.failed(),
				job.failures()
					.stream()
					.map((failure) -> new FailureResponse(failure.itemId(), failure.problem()))
					.toList(),
				job.createdBy(), job.createdAt(), job.finishedAt());
	}

	/**
	 * An enrolment the job refused.
	 *
	 * @param enrolmentId the enrolment
	 * @param problem why, as the tail of the problem type the same refusal has over HTTP,
	 * such as {@code enrolment-withdrawn}
	 */
	public record FailureResponse(String enrolmentId, String problem) {
	}

}
