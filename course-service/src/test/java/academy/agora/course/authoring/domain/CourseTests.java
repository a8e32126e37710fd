package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;

import academy.agora.events.course.CoursePublished;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CourseTests {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static CourseContent content(Lesson... lessons) {
		return new CourseContent("Citizens' assemblies", "How to run one", "en", List.of(lessons));
	}

	@Test
	void publishingFreezesTheDraftAsTheFirstVersion() {
		Course course = Course.create("c-1", "elira", content(new Lesson("why", "Why", "Because.")));

		Course.Publication publication = course.publish(NOW);

		assertThat(publication.course().publishedVersion()).isEqualTo(1);
		assertThat(publication.course().published()).isEqualTo(course.draft());
		assertThat(publication.events()).containsExactly(new CoursePublished("c-1", 1, "Citizens' assemblies", "en",
				List.of(new CoursePublished.Lesson("why", "Why")), NOW));
	}

	@Test
	void eachPublicationIsTheNextVersion() {
		Course course = Course.create("c-1", "elira", content(new Lesson("why", "Why", "Because.")));
		Course first = course.publish(NOW).course();
		Course edited = first
			.replaceDraft(content(new Lesson("why", "Why", "Because."), new Lesson("how", "How", ".")));

		Course.Publication second = edited.publish(NOW.plusSeconds(60));

		assertThat(second.course().publishedVersion()).isEqualTo(2);
		assertThat(second.events().get(0).lessons()).extracting(CoursePublished.Lesson::lessonId)
			.containsExactly("why", "how");
	}

	@Test
	void editingTheDraftLeavesThePublishedVersionUntouched() {
		Course published = Course.create("c-1", "elira", content(new Lesson("why", "Why", "Because.")))
			.publish(NOW)
			.course();

		Course edited = published.replaceDraft(content(new Lesson("why", "Why not", "Because.")));

		assertThat(edited.published().lessons()).extracting(Lesson::title).containsExactly("Why");
		assertThat(edited.publishedVersion()).isEqualTo(1);
	}

	@Test
	void publishingACourseWithoutLessonsIsRejected() {
		Course course = Course.create("c-1", "elira", content());
		assertThatExceptionOfType(InvalidCourseException.class).isThrownBy(() -> course.publish(NOW))
			.withMessageContaining("at least one lesson");
	}

	@Test
	void lessonIdsMustBeUniqueWithinACourse() {
		assertThatExceptionOfType(InvalidCourseException.class)
			.isThrownBy(() -> content(new Lesson("a", "A", "."), new Lesson("a", "B", ".")))
			.withMessageContaining("'a' is used twice");
	}

	@Test
	void onlyOfferedLanguagesAreAccepted() {
		assertThatExceptionOfType(InvalidCourseException.class)
			.isThrownBy(() -> new CourseContent("T", "", "xx", List.of()))
			.withMessageContaining("'xx' is not offered");
		assertThat(new CourseContent("Т", "", "sr-Cyrl", List.of()).language()).isEqualTo("sr-Cyrl");
	}

	@Test
	void onlyTheOwnerOrAnAdminMayEdit() {
		Course course = Course.create("c-1", "elira", content());
		assertThat(course.isEditableBy(new Author("elira", false))).isTrue();
		assertThat(course.isEditableBy(new Author("someone-else", false))).isFalse();
		assertThat(course.isEditableBy(new Author("root", true))).isTrue();
	}

}
