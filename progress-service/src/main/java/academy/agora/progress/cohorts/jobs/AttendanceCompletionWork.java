package academy.agora.progress.cohorts.jobs;

import java.util.Arrays;

import academy.agora.progress.enrolment.domain.EnrolmentNotFoundException;
import academy.agora.progress.enrolment.domain.EnrolmentWithdrawnException;
import academy.agora.progress.enrolment.domain.LearningProgress;
import academy.agora.support.bulk.BulkJob;
import academy.agora.support.bulk.BulkWork;
import academy.agora.support.bulk.Outcome;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Completes one member of a cohort by attendance, for a bulk job that
 * {@link AttendanceCompletionJobs} started. It acts as the coordinator who started the
 * job, with the roles and municipality their token had then (kept with the job, since a
 * job resumed after a restart has no token), so each member goes through the same rules
 * as a single completion by attendance.
 */
@Component
class AttendanceCompletionWork implements BulkWork {

	static final String KIND = "attendance-completion";

	static final String COHORT_ID = "cohortId";

	static final String REASON = "reason";

	private final LearningProgress progress;

	AttendanceCompletionWork(LearningProgress progress) {
		this.progress = progress;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/**
	 * Completes the member: done the first time, skipped if they were completed already.
	 * A member the coordinator may not act on (no longer in scope, or themselves) or who
	 * withdrew fails with the problem type the same refusal has over HTTP.
	 */
	@Override
	public Mono<Outcome> process(BulkJob job, String enrolmentId) {
		return this.progress.completeByAttendance(job.startedBy(), enrolmentId, job.parameter(REASON))
			.map((completion) -> completion.firstTime() ? Outcome.done() : Outcome.skipped())
			.onErrorResume(EnrolmentNotFoundException.class, (ex) -> Mono.just(Outcome.failed("enrolment-not-found")))
			.onErrorResume(EnrolmentWithdrawnException.class, (ex) -> Mono.just(Outcome.failed("enrolment-withdrawn")));
	}

}
