package academy.agora.progress.enrolment.domain;

import java.util.Set;

import academy.agora.support.access.Role;
import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;
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
	 * The scope of a viewer (see {@link Scope#of}), asking for the cohorts they run only
	 * when that can widen it.
	 * @param viewer the viewer
	 * @return their scope
	 */
	public Mono<Scope> of(Viewer viewer) {
		if (viewer.seesEverything() || !viewer.is(Role.COORDINATOR)) {
			return Mono.just(Scope.of(viewer, Set.of()));
		}
		return this.cohorts.idsRunBy(viewer).collectList().map((cohortIds) -> Scope.of(viewer, cohortIds));
	}

}
