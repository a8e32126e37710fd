package academy.agora.progress.enrolment.domain;

import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;

/**
 * Which cohorts a coordinator runs. Enrolments only need the ids: a member of a cohort a
 * coordinator runs is in that coordinator's scope, whatever their municipality.
 */
public interface CoordinatedCohorts {

	/**
	 * The cohorts a coordinator runs: those they created, and those for a place within
	 * their reach.
	 * @param coordinator the coordinator
	 * @return the cohort ids
	 */
	Flux<String> idsRunBy(Viewer coordinator);

}
