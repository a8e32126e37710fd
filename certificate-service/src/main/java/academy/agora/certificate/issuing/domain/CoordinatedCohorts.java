package academy.agora.certificate.issuing.domain;

import reactor.core.publisher.Flux;

/**
 * The cohorts a coordinator runs, as the progress service announced them.
 */
public interface CoordinatedCohorts {

	Flux<String> idsRunBy(String coordinatorId);

}
