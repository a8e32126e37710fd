package academy.agora.course.authoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import academy.agora.events.course.CoursePublished;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static academy.agora.course.authoring.domain.Fixtures.content;
import static academy.agora.course.authoring.domain.Fixtures.text;
import static academy.agora.course.authoring.domain.Fixtures.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

class CourseAuthoringTests {

	private final InMemoryCourses courses = new InMemoryCourses();

	private final CourseAuthoring authoring = new CourseAuthoring(this.courses,
			Clock.fixed(Instant.parse("2026-11-24T09:00:00.123456Z"), ZoneOffset.UTC));

	private final Author elira = new Author("elira", false);

	@Test
	void someoneElsesCourseDoesNotExistForThem() {
		Course course = this.authoring.create(this.elira, content()).block();

		StepVerifier.create(this.authoring.find(new Author("marko", false), course.id()))
			.expectError(CourseNotFoundException.class)
			.verify();
		StepVerifier.create(this.authoring.publish(new Author("marko", false), course.id(), null))
			.expectError(CourseNotFoundException.class)
			.verify();
		assertThat(this.courses.events()).isEmpty();
	}

	@Test
	void aDraftEditMustBeBasedOnTheCurrentRevision() {
		Course course = this.authoring.create(this.elira, content()).block();
		Course edited = this.authoring.replaceDraft(this.elira, course.id(), 0L, withTitle(content(), text("A", null)))
			.block();

		assertThat(edited.revision()).isEqualTo(1);
		StepVerifier
			.create(this.authoring.replaceDraft(this.elira, course.id(), 0L, withTitle(content(), text("B", null))))
			.expectError(StaleRevisionException.class)
			.verify();
	}

	@Test
	void publishingStoresTheVersionAndItsEventTogetherAtMillisecondPrecision() {
		Course course = this.authoring.create(this.elira, content()).block();

		Course.Publication publication = this.authoring.publish(this.elira, course.id(), null).block();

		assertThat(publication.course().latest().orElseThrow().publishedAt())
			.isEqualTo(Instant.parse("2026-11-24T09:00:00.123Z"));
		assertThat(this.courses.events()).singleElement()
			.isInstanceOfSatisfying(CoursePublished.class,
					(event) -> assertThat(event.publishedAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00.123Z")));
	}

	@Test
	void coAuthorsSeeAndEditTheCourseInTheirList() {
		Course course = this.authoring.create(this.elira, content()).block();
		this.authoring.replaceCoAuthors(this.elira, course.id(), null, List.of("ivana")).block();

		assertThat(this.authoring.editable(new Author("ivana", false)).collectList().block())
			.extracting(CourseSummary::id)
			.containsExactly(course.id());
		assertThat(this.authoring.editable(new Author("marko", false)).collectList().block()).isEmpty();
		assertThat(this.authoring.editable(new Author("root", true)).collectList().block()).hasSize(1);
		StepVerifier
			.create(this.authoring.replaceDraft(new Author("ivana", false), course.id(), 1L,
					withTitle(content(), text("By Ivana", null))))
			.assertNext((edited) -> assertThat(edited.draft().title().in("en")).isEqualTo("By Ivana"))
			.verifyComplete();
	}

	@Test
	void ensuringASampleIsPublishedTwiceChangesNothing() {
		Course first = this.authoring.ensurePublished("sample-1", "elira", content()).block();
		Course second = this.authoring.ensurePublished("sample-1", "elira", withTitle(content(), text("Other", null)))
			.block();

		assertThat(first.publishedVersion()).isEqualTo(1);
		assertThat(second).isEqualTo(first);
		assertThat(this.courses.events()).hasSize(1);
	}

	@Test
	void retiringAnnouncesItOnce() {
		Course course = this.authoring.create(this.elira, content()).block();
		this.authoring.publish(this.elira, course.id(), null).block();

		this.authoring.retire(this.elira, course.id(), null).block();
		this.authoring.retire(this.elira, course.id(), null).block();

		assertThat(this.courses.events()).hasSize(2);
	}

}
