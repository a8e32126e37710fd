package academy.agora.progress.courses.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Published versions kept in memory, for domain tests.
 */
public class InMemoryCourseVersions implements CourseVersions {

	private final Map<String, CourseVersion> versions = new LinkedHashMap<>();

	private final Set<String> retired = new HashSet<>();

	public void add(CourseVersion version) {
		this.versions.put(version.key(), version);
	}

	@Override
	public Mono<Boolean> record(CourseVersion version) {
		return Mono.just(this.versions.putIfAbsent(version.key(), version) == null);
	}

	@Override
	public Mono<CourseVersion> find(String courseId, int version) {
		return Mono.justOrEmpty(this.versions.get(courseId + ":" + version));
	}

	@Override
	public Mono<CourseVersion> findLatest(String courseId) {
		return Flux.fromIterable(this.versions.values())
			.filter((version) -> version.courseId().equals(courseId))
			.sort((a, b) -> Integer.compare(b.version(), a.version()))
			.next();
	}

	@Override
	public Mono<Void> retire(String courseId, Instant retiredAt) {
		return Mono.fromRunnable(() -> this.retired.add(courseId));
	}

	@Override
	public Mono<Boolean> isRetired(String courseId) {
		return Mono.fromCallable(() -> this.retired.contains(courseId));
	}

}
