package academy.agora.progress.cohorts.domain;

import java.util.Collection;
import java.util.List;

import academy.agora.events.Event;
import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where cohorts are kept.
 */
public interface Cohorts {

	/**
	 * Stores a new cohort with the events its planning caused, in one write. The store
	 * keeps join codes unique.
	 * @param cohort the cohort
	 * @param events the events to publish
	 * @return the stored cohort, or a {@link DuplicateJoinCodeException} if another has
	 * its code, in which case nothing is stored
	 */
	Mono<Cohort> insert(Cohort cohort, List<? extends Event> events);

	Mono<Cohort> findById(String id);

	/**
	 * The cohort with a join code.
	 * @param joinCode the code as {@link JoinCode#normalise} gives it
	 * @return the cohort, or empty
	 */
	Mono<Cohort> findByJoinCode(String joinCode);

	/**
	 * Every cohort, the latest start first.
	 * @return the cohorts
	 */
	Flux<Cohort> findAll();

	/**
	 * The cohorts a coordinator runs (see {@link Cohort#isVisibleTo}), the latest start
	 * first.
	 * @param coordinator the coordinator
	 * @return the cohorts
	 */
	Flux<Cohort> findRunBy(Viewer coordinator);

	Flux<Cohort> findByIds(Collection<String> ids);

}
