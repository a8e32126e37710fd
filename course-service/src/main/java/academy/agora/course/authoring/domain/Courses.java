package academy.agora.course.authoring.domain;

import java.util.List;

import academy.agora.events.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where courses are kept. Each write stores the course and the events it caused together.
 */
public interface Courses {

	Mono<Course> findById(String id);

	Flux<Course> findByOwner(String ownerId);

	Flux<Course> findPublished();

	Mono<Course> insert(Course course);

	/**
	 * Stores a changed course if nobody else changed it since it was read.
	 * @param course the course, with the revision it was read at
	 * @param events the events the change caused
	 * @return the stored course with its new revision, or a
	 * {@link ConcurrentChangeException}
	 */
	Mono<Course> update(Course course, List<? extends Event> events);

}
