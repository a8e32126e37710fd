package academy.agora.progress.cohorts.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import academy.agora.events.Event;
import academy.agora.progress.enrolment.domain.CoordinatedCohorts;
import academy.agora.support.access.Scope;
import academy.agora.support.access.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Cohorts kept in memory, for domain tests, with unique join codes like the store.
 */
public class InMemoryCohorts implements Cohorts, CoordinatedCohorts {

	public final Map<String, Cohort> stored = new LinkedHashMap<>();

	/** How many of the next inserts fail as if their join code were taken. */
	public final AtomicInteger codesTaken = new AtomicInteger();

	public final AtomicInteger inserts = new AtomicInteger();

	/** The events stored with the cohorts. */
	public final List<Event> events = new ArrayList<>();

	public void add(Cohort cohort) {
		this.stored.put(cohort.id(), cohort);
	}

	@Override
	public Mono<Cohort> insert(Cohort cohort, List<? extends Event> events) {
		return Mono.fromCallable(() -> {
			this.inserts.incrementAndGet();
			boolean taken = this.codesTaken.getAndUpdate((n) -> Math.max(0, n - 1)) > 0 || this.stored.values()
				.stream()
				.anyMatch((existing) -> existing.joinCode().equals(cohort.joinCode()));
			if (taken) {
				throw new DuplicateJoinCodeException(cohort.joinCode());
			}
			this.stored.put(cohort.id(), cohort);
			this.events.addAll(events);
			return cohort;
		});
	}

	@Override
	public Mono<Cohort> findById(String id) {
		return Mono.justOrEmpty(this.stored.get(id));
	}

	@Override
	public Mono<Cohort> findByJoinCode(String joinCode) {
		return Flux.fromIterable(this.stored.values()).filter((cohort) -> cohort.joinCode().equals(joinCode)).next();
	}

	@Override
	public Flux<Cohort> findAll() {
		return Flux.fromIterable(this.stored.values())
			.sort(Comparator.comparing(Cohort::startsOn).reversed().thenComparing(Cohort::name));
	}

	@Override
	public Flux<Cohort> findRunBy(Viewer coordinator) {
		Scope reach = Scope.of(coordinator, Set.of());
		return findAll().filter((cohort) -> cohort.createdBy().equals(coordinator.id())
				|| reach.includes(cohort.municipality(), cohort.country(), null));
	}

	@Override
	public Flux<Cohort> findByIds(Collection<String> ids) {
		return Flux.fromIterable(this.stored.values()).filter((cohort) -> ids.contains(cohort.id()));
	}

	@Override
	public Flux<String> idsRunBy(Viewer coordinator) {
		return findRunBy(coordinator).map(Cohort::id);
	}

}
