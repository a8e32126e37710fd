package academy.agora.certificate.issuing.domain;

import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cohorts a coordinator runs, as the progress service announced them.
 */
public interface CoordinatedCohorts {

	/**
	 * The cohorts a coordinator runs: those they planned, and those for a place within
	 * their reach.
	 * @param coordinator the coordinator
	 * @return the cohort ids
	 */
	Flux<String> idsRunBy(Viewer coordinator);

	/**
	 * Notes who runs a cohort; a later plan of the same cohort replaces it.
	 * @param cohort the cohort
	 * @return completion once stored
	 */
	Mono<Void> record(Cohort cohort);

	/**
	 * A cohort as far as coordinators' scope is concerned.
	 *
	 * @param id the cohort
	 * @param coordinatorId who planned it
	 * @param municipality the municipality it is for, or {@code null}
	 * @param country the planner's country, or {@code null}
	 */
	record Cohort(String id, String coordinatorId, String municipality, String country) {
	}

}
