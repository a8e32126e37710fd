package academy.agora.progress.enrolment.domain;

import reactor.core.publisher.Flux;

/**
 * Which cohorts a coordinator runs. Enrolments only need the ids: a member of a cohort a
 * coordinator runs is in that coordinator's scope, whatever their municipality.
 */
public interface CoordinatedCohorts {

	/**
	 * The cohorts a coordinator runs: those they created, and those for their
	 * municipality.
	 * @param coordinatorId the coordinator's subject
	 * @param municipality their municipality, or {@code null} if they have none
	 * @return the cohort ids
	 */
	Flux<String> idsRunBy(String coordinatorId, String municipality);

}
