package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import academy.agora.events.Event;
import academy.agora.events.course.CourseRetired;

/**
 * A course, its draft and every version ever published. The draft is edited freely;
 * publishing freezes it as the next version, and no version changes afterwards. The
 * history lives in the course itself so that a publication and its event are one write.
 *
 * @param id the course id
 * @param ownerId the author who created it
 * @param coAuthors other authors the owner lets edit it
 * @param draft the content being edited
 * @param versions every published version, oldest first
 * @param retiredAt when it was taken out of the catalogue, or {@code null}
 * @param revision increases with every stored change; guards against lost updates and is
 * the ETag authors send back
 */
public record Course(String id, String ownerId, List<String> coAuthors, CourseContent draft,
		List<CourseVersion> versions, Instant retiredAt, long revision) {

	public Course {
		coAuthors = (coAuthors != null) ? List.copyOf(coAuthors) : List.of();
		versions = (versions != null) ? List.copyOf(versions) : List.of();
	}

	/**
	 * A new course with a valid draft.
	 * @param id the new course's id
	 * @param ownerId its author
	 * @param draft the first draft
	 * @return the course, not yet stored
	 * @throws InvalidCourseException if the draft is malformed
	 */
	public static Course create(String id, String ownerId, CourseContent draft) {
		check(ContentRules.draft(draft), "The course has invalid fields");
		return new Course(id, ownerId, List.of(), draft.trackTranslations(null), List.of(), null, 0);
	}

	public boolean isEditableBy(Author author) {
		return author.admin() || this.ownerId.equals(author.id()) || this.coAuthors.contains(author.id());
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

	public Optional<CourseVersion> latest() {
		return this.versions.isEmpty() ? Optional.empty() : Optional.of(this.versions.get(this.versions.size() - 1));
	}

	public int publishedVersion() {
		return this.versions.size();
	}

	public Optional<CourseVersion> version(int number) {
		return (number >= 1 && number <= this.versions.size()) ? Optional.of(this.versions.get(number - 1))
				: Optional.empty();
	}

	/**
	 * Whether the draft differs from the latest version, or nothing is published yet.
	 * @return {@code true} if publishing would make a new version worth having
	 */
	public boolean hasUnpublishedChanges() {
		return latest().map((version) -> !version.content().equals(this.draft)).orElse(true);
	}

	/**
	 * What the catalogue shows of this course.
	 * @return the listing of the latest version, or empty before the first publication
	 */
	public Optional<CourseListing> listing() {
		return latest().map((version) -> CourseListing.of(this.id, version));
	}

	/**
	 * Replaces the draft. Lesson translations that were not touched while their
	 * default-language text changed become outdated.
	 * @param content the new draft
	 * @return the course with the new draft
	 */
	public Course replaceDraft(CourseContent content) {
		requireActive();
		check(ContentRules.draft(content), "The course has invalid fields");
		return withDraft(content.trackTranslations(this.draft));
	}

	/**
	 * Throws the draft away and starts again from the latest version.
	 * @return the course with the latest version as its draft
	 */
	public Course discardDraft() {
		requireActive();
		CourseVersion latest = latest().orElseThrow(() -> new CourseStateException("not-published",
				"Course " + this.id + " has no published version to go back to"));
		return withDraft(latest.content());
	}

	/**
	 * Freezes the draft as the next version.
	 * @param now the publication time
	 * @return the course after publication, the event announcing it, and the translations
	 * that are behind (published all the same: an outdated translation is still better
	 * than none)
	 * @throws InvalidCourseException naming every field that is not ready
	 */
	public Publication publish(Instant now) {
		requireActive();
		check(ContentRules.publication(this.draft), "The course cannot be published yet");
		if (!hasUnpublishedChanges()) {
			throw new CourseStateException("nothing-to-publish",
					"The draft is the same as version " + publishedVersion() + "; change it before publishing again");
		}
		CourseVersion version = new CourseVersion(publishedVersion() + 1, now, this.draft);
		List<CourseVersion> versions = new ArrayList<>(this.versions);
		versions.add(version);
		Course course = new Course(this.id, this.ownerId, this.coAuthors, this.draft, versions, null, this.revision);
		return new Publication(course, List.of(PublishedEvent.of(this.id, version)), this.draft.outdatedTranslations());
	}

	/**
	 * Takes the course out of the catalogue. Its versions stay readable for those who
	 * enrolled. Retiring a retired course changes nothing.
	 * @param now the time of retirement
	 * @return the retired course and the event announcing it
	 */
	public Change retire(Instant now) {
		if (isRetired()) {
			return new Change(this, List.of());
		}
		if (this.versions.isEmpty()) {
			throw new CourseStateException("not-published",
					"Course " + this.id + " was never published, so there is nothing to retire");
		}
		Course course = new Course(this.id, this.ownerId, this.coAuthors, this.draft, this.versions, now,
				this.revision);
		return new Change(course, List.of(new CourseRetired(this.id, publishedVersion(), now)));
	}

	/**
	 * Names who else may edit. Only the owner and admins may do so.
	 * @param author who asks
	 * @param subjects the co-authors' subjects; the owner and repeats are left out
	 * @return the course with its new co-authors
	 */
	public Course withCoAuthors(Author author, List<String> subjects) {
		if (!author.admin() && !this.ownerId.equals(author.id())) {
			throw new NotPermittedException("Only the owner of course " + this.id + " names its co-authors");
		}
		Set<String> kept = new LinkedHashSet<>();
		for (String subject : subjects) {
			if (subject != null && !subject.isBlank() && !subject.equals(this.ownerId)) {
				kept.add(subject.strip());
			}
		}
		return new Course(this.id, this.ownerId, List.copyOf(kept), this.draft, this.versions, this.retiredAt,
				this.revision);
	}

	/**
	 * Checks the revision an author last saw.
	 * @param expected the revision from the author's ETag, or {@code null} if they sent
	 * none and accept any
	 * @return this course
	 * @throws StaleRevisionException if the course changed since
	 */
	public Course atRevision(Long expected) {
		if (expected != null && expected != this.revision) {
			throw new StaleRevisionException(this.id, expected, this.revision);
		}
		return this;
	}

	public Course withRevision(long revision) {
		return new Course(this.id, this.ownerId, this.coAuthors, this.draft, this.versions, this.retiredAt, revision);
	}

	private Course withDraft(CourseContent content) {
		return new Course(this.id, this.ownerId, this.coAuthors, content, this.versions, this.retiredAt, this.revision);
	}

	private void requireActive() {
		if (isRetired()) {
			throw new CourseStateException("course-retired",
					"Course " + this.id + " is retired; its versions can be read but it is no longer edited");
		}
	}

	private static void check(List<Violation> violations, String message) {
		if (!violations.isEmpty()) {
			throw new InvalidCourseException(message, violations);
		}
	}

	/**
	 * A publication: the course with its new version, the event, and the warnings.
	 *
	 * @param course the course after publication
	 * @param events the events to store with it
	 * @param outdatedTranslations translations published although they are behind
	 */
	public record Publication(Course course, List<Event> events,
			List<CourseContent.OutdatedTranslation> outdatedTranslations) {
	}

	/**
	 * A change and the events it causes.
	 *
	 * @param course the course after the change
	 * @param events the events to store with it
	 */
	public record Change(Course course, List<Event> events) {
	}

}
