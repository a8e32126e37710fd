package academy.agora.course.authoring.domain;

import java.util.List;

import academy.agora.events.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where courses are kept. Each write stores the course and the events it caused together.
 * Readers' queries load only what they show, never a course's whole history.
 */
public interface Courses {

	Mono<Course> findById(String id);

	/**
	 * Courses an author may edit, without their content.
	 * @param author who asks; admins get every course
	 * @return the courses, in a stable order
	 */
	Flux<CourseSummary> findEditableBy(Author author);

	/**
	 * What the catalogue lists: courses with a published version that are not retired.
	 * @return their listings
	 */
	Flux<CourseListing> findListed();

	/**
	 * One course's listing, if the catalogue lists it.
	 * @param id the course
	 * @return the listing, or empty if it is unknown, unpublished or retired
	 */
	Mono<CourseListing> findListing(String id);

	/**
	 * One published version, whether or not the course is retired.
	 * @param id the course
	 * @param number the version number
	 * @return the version, or empty if there is none
	 */
	Mono<CourseVersion> findVersion(String id, int number);

	Mono<Course> insert(Course course);

	/**
	 * Stores a course unless one with its id exists.
	 * @param course the new course
	 * @return the stored course: this one, or the one that was there
	 */
	Mono<Course> insertIfAbsent(Course course);

	/**
	 * Stores a changed course if nobody else changed it since it was read.
	 * @param course the course, with the revision it was read at
	 * @param events the events the change caused
	 * @return the stored course with its new revision, or a
	 * {@link ConcurrentChangeException}
	 */
	Mono<Course> update(Course course, List<? extends Event> events);

}
