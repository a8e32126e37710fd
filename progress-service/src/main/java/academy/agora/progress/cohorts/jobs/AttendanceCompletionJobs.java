package academy.agora.progress.cohorts.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import academy.agora.progress.cohorts.domain.CohortCoordination;
import academy.agora.support.access.Viewer;
import academy.agora.support.bulk.BulkJob;
import academy.agora.support.bulk.BulkJobs;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Starts the bulk job that completes a cohort's members by attendance, one
 * {@link AttendanceCompletionWork} per member, in the background.
 */
@Component
public class AttendanceCompletionJobs {

	private final CohortCoordination coordination;

	private final BulkJobs jobs;

	AttendanceCompletionJobs(CohortCoordination coordination, BulkJobs jobs) {
		this.coordination = coordination;
		this.jobs = jobs;
	}

	/**
	 * Checks the request (see {@link CohortCoordination#membersToCompleteByAttendance})
	 * and starts the job; nothing is stored if the check fails.
	 * @param coordinator who asks
	 * @param cohortId the cohort
	 * @param reason why, as typed
	 * @param enrolmentIds the members to complete, or {@code null} or empty for all
	 * @return the running job (done at once for a cohort without members), or what the
	 * check refused
	 */
	public Mono<BulkJob> start(Viewer coordinator, String cohortId, String reason, List<String> enrolmentIds) {
		return this.coordination.membersToCompleteByAttendance(coordinator, cohortId, reason, enrolmentIds)
			.flatMap((members) -> {
				Map<String, String> parameters = new LinkedHashMap<>();
				parameters.put(AttendanceCompletionWork.COHORT_ID, cohortId);
				parameters.put(AttendanceCompletionWork.REASON, reason.strip());
				return this.jobs.start(AttendanceCompletionWork.KIND, coordinator, parameters,
						Flux.fromIterable(members));
			});
	}

}
