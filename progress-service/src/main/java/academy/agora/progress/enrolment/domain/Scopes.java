package academy.agora.progress.enrolment.domain;

import reactor.core.publisher.Mono;

/**
 * Works out a viewer's {@link Scope} from their roles, their municipality and the cohorts
 * they run.
 */
public class Scopes {

	private final CoordinatedCohorts cohorts;

	public Scopes(CoordinatedCohorts cohorts) {
		this.cohorts = cohorts;
	}

	/**
	 * The scope of a viewer. An admin sees everything; a coordinator their municipality
	 * and the cohorts they run; anyone else nothing beyond their own enrolments.
	 * @param viewer the viewer
	 * @return their scope
	 */
	public Mono<Scope> of(Viewer viewer) {
		if (viewer.is(Viewer.Role.ADMIN)) {
			return Mono.just(Scope.EVERYTHING);
		}
		if (viewer.is(Viewer.Role.COORDINATOR)) {
			return this.cohorts.idsRunBy(viewer.id(), viewer.municipality())
				.collectList()
				.map((cohortIds) -> Scope.of(viewer.municipality(), cohortIds));
		}
		return Mono.just(Scope.NOTHING);
	}

}
