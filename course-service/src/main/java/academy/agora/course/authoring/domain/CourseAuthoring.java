package academy.agora.course.authoring.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What authors do with courses.
 */
public class CourseAuthoring {

	private final Courses courses;

	private final Clock clock;

	public CourseAuthoring(Courses courses, Clock clock) {
		this.courses = courses;
		this.clock = clock;
	}

	public Mono<Course> create(Author author, CourseContent content) {
		return this.courses.insert(Course.create(UUID.randomUUID().toString(), author.id(), content));
	}

	public Mono<Course> find(Author author, String id) {
		return this.courses.findById(id)
			.filter((course) -> course.isEditableBy(author))
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(id)));
	}

	public Flux<Course> mine(Author author) {
		return this.courses.findByOwner(author.id());
	}

	public Mono<Course> replaceDraft(Author author, String id, CourseContent content) {
		return find(author, id).flatMap((course) -> this.courses.update(course.replaceDraft(content), List.of()));
	}

	public Mono<Course> publish(Author author, String id) {
		return find(author, id).flatMap((course) -> {
			// MongoDB keeps milliseconds; the event and the stored course must agree.
			Course.Publication publication = course.publish(this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
			return this.courses.update(publication.course(), publication.events());
		});
	}

}
