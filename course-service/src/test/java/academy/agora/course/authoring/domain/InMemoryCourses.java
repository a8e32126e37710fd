package academy.agora.course.authoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import academy.agora.events.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Courses in memory, with the same revision check as the real store, and every event
 * written kept in order, for tests of the domain and of the web layer.
 */
public class InMemoryCourses implements Courses {

	private final Map<String, Course> courses = new ConcurrentHashMap<>();

	private final List<Event> events = new CopyOnWriteArrayList<>();

	/**
	 * Forgets every course and event, so tests sharing an application context start
	 * alike.
	 */
	public void clear() {
		this.courses.clear();
		this.events.clear();
	}

	public List<Event> events() {
		return new ArrayList<>(this.events);
	}

	@Override
	public Mono<Course> findById(String id) {
		return Mono.justOrEmpty(this.courses.get(id));
	}

	@Override
	public Flux<CourseSummary> findEditableBy(Author author) {
		return Flux.fromIterable(this.courses.values())
			.filter((course) -> author.admin() || course.ownerId().equals(author.id())
					|| course.coAuthors().contains(author.id()))
			.sort(Comparator.comparing(Course::id))
			.map((course) -> new CourseSummary(course.id(), course.ownerId(), course.coAuthors(),
					course.draft().defaultLanguage(), course.draft().title(), course.publishedVersion(),
					course.latest().map(CourseVersion::publishedAt).orElse(null), course.retiredAt(),
					course.revision()));
	}

	@Override
	public Flux<CourseListing> findListed() {
		return Flux.fromIterable(this.courses.values())
			.filter((course) -> !course.isRetired())
			.flatMap((course) -> Mono.justOrEmpty(course.listing()));
	}

	@Override
	public Mono<CourseListing> findListing(String id) {
		return findListed().filter((listing) -> listing.courseId().equals(id)).next();
	}

	@Override
	public Mono<CourseVersion> findVersion(String id, int number) {
		return findById(id).flatMap((course) -> Mono.justOrEmpty(course.version(number)));
	}

	@Override
	public Mono<Course> insert(Course course) {
		return (this.courses.putIfAbsent(course.id(), course) == null) ? Mono.just(course)
				: Mono.error(new IllegalStateException("Duplicate " + course.id()));
	}

	@Override
	public Mono<Course> insertIfAbsent(Course course) {
		Course existing = this.courses.putIfAbsent(course.id(), course);
		return Mono.just((existing != null) ? existing : course);
	}

	@Override
	public synchronized Mono<Course> update(Course course, List<? extends Event> events) {
		Course stored = this.courses.get(course.id());
		if (stored == null || stored.revision() != course.revision()) {
			return Mono.error(new ConcurrentChangeException(course.id()));
		}
		Course next = course.withRevision(course.revision() + 1);
		this.courses.put(course.id(), next);
		this.events.addAll(events);
		return Mono.just(next);
	}

}
