package academy.agora.certificate.issuing.domain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cohorts a coordinator runs, as the progress service announced them.
 */
public interface CoordinatedCohorts {

	Flux<String> idsRunBy(String coordinatorId);

	/**
	 * Notes who runs a cohort; a later plan of the same cohort replaces it.
	 * @param cohortId the cohort
	 * @param coordinatorId the coordinator who runs it
	 * @return completion once stored
	 */
	Mono<Void> record(String cohortId, String coordinatorId);

}
