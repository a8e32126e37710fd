package academy.agora.course.authoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What authors do with courses. Whoever may not edit a course is told it does not exist,
 * so ids cannot be probed.
 */
public class CourseAuthoring {

	private final Courses courses;

	private final Clock clock;

	public CourseAuthoring(Courses courses, Clock clock) {
		this.courses = courses;
		this.clock = clock;
	}

	public Mono<Course> create(Author author, CourseContent content) {
		return Mono.fromCallable(() -> Course.create(UUID.randomUUID().toString(), author.id(), content))
			.flatMap(this.courses::insert);
	}

	public Mono<Course> find(Author author, String id) {
		return this.courses.findById(id)
			.filter((course) -> course.isEditableBy(author))
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(id)));
	}

	public Flux<CourseSummary> editable(Author author) {
		return this.courses.findEditableBy(author);
	}

	/**
	 * Replaces the draft of the revision the author last saw.
	 * @param author who edits
	 * @param id the course
	 * @param revision the revision the edit is based on, or {@code null} for any
	 * @param content the new draft
	 * @return the stored course
	 */
	public Mono<Course> replaceDraft(Author author, String id, Long revision, CourseContent content) {
		return find(author, id)
			.flatMap((course) -> this.courses.update(course.atRevision(revision).replaceDraft(content), List.of()));
	}

	public Mono<Course> discardDraft(Author author, String id, Long revision) {
		return find(author, id)
			.flatMap((course) -> this.courses.update(course.atRevision(revision).discardDraft(), List.of()));
	}

	/**
	 * Publishes the draft as the next version.
	 * @param author who publishes
	 * @param id the course
	 * @param revision the revision the author saw, or {@code null} to publish whatever
	 * the draft is now
	 * @return the stored course and the publication's warnings
	 */
	public Mono<Course.Publication> publish(Author author, String id, Long revision) {
		return find(author, id).flatMap((course) -> publish(course.atRevision(revision)));
	}

	public Mono<Course> retire(Author author, String id, Long revision) {
		return find(author, id).flatMap((course) -> {
			Course.Change change = course.atRevision(revision).retire(now());
			return change.events().isEmpty() ? Mono.just(course)
					: this.courses.update(change.course(), change.events());
		});
	}

	public Mono<Course> replaceCoAuthors(Author author, String id, Long revision, List<String> coAuthors) {
		return find(author, id).flatMap((course) -> this.courses
			.update(course.atRevision(revision).withCoAuthors(author, coAuthors), List.of()));
	}

	/**
	 * Makes sure a course with this id exists and is published, for content shipped with
	 * the service. A course that is already there is left as it is, even if the content
	 * differs, so running this again changes nothing.
	 * @param id the course id, the same on every run
	 * @param ownerId its author
	 * @param content the content to publish if the course is new
	 * @return the course as stored
	 */
	public Mono<Course> ensurePublished(String id, String ownerId, CourseContent content) {
		return this.courses.findById(id)
			.switchIfEmpty(Mono.defer(() -> this.courses.insertIfAbsent(Course.create(id, ownerId, content))))
			.flatMap((course) -> course.versions().isEmpty() ? publish(course).map(Course.Publication::course)
					: Mono.just(course));
	}

	private Mono<Course.Publication> publish(Course course) {
		Course.Publication publication = course.publish(now());
		return this.courses.update(publication.course(), publication.events())
			.map((stored) -> new Course.Publication(stored, publication.events(), publication.outdatedTranslations()));
	}

	private Instant now() {
		// MongoDB keeps milliseconds; the event and the stored course must agree.
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
