package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;

import academy.agora.events.course.CoursePublished;
import academy.agora.events.course.CourseRetired;
import org.junit.jupiter.api.Test;

import static academy.agora.course.authoring.domain.Fixtures.content;
import static academy.agora.course.authoring.domain.Fixtures.text;
import static academy.agora.course.authoring.domain.Fixtures.withTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CourseTests {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	private static Course draft() {
		return Course.create("c-1", "elira", content());
	}

	@Test
	void publishingFreezesTheDraftAsTheFirstVersion() {
		Course.Publication publication = draft().publish(NOW);

		Course published = publication.course();
		assertThat(published.publishedVersion()).isEqualTo(1);
		assertThat(published.latest()).get().extracting(CourseVersion::content).isEqualTo(published.draft());
		assertThat(published.hasUnpublishedChanges()).isFalse();
		assertThat(publication.events()).singleElement().isInstanceOf(CoursePublished.class);
	}

	@Test
	void republishingAddsAVersionAndNeverChangesAnEarlierOne() {
		Course first = draft().publish(NOW).course();
		CourseVersion version1 = first.version(1).orElseThrow();

		Course edited = first.replaceDraft(withTitle(content(), text("Assemblies, revised", "Собранија")));
		Course second = edited.publish(NOW.plusSeconds(60)).course();

		assertThat(second.versions()).extracting(CourseVersion::number).containsExactly(1, 2);
		assertThat(second.version(1)).contains(version1);
		assertThat(second.version(2).orElseThrow().content().title().in("en")).isEqualTo("Assemblies, revised");
		assertThat(second.version(2).orElseThrow().publishedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void editingTheDraftLeavesThePublishedVersionUntouched() {
		Course published = draft().publish(NOW).course();

		Course edited = published.replaceDraft(withTitle(content(), text("Changed", null)));

		assertThat(edited.latest().orElseThrow().content().title().in("en")).isEqualTo("Citizens' assemblies");
		assertThat(edited.hasUnpublishedChanges()).isTrue();
		assertThat(edited.listing().orElseThrow().title().in("en")).isEqualTo("Citizens' assemblies");
	}

	@Test
	void publishingAnUnchangedDraftAgainIsRefused() {
		Course published = draft().publish(NOW).course();

		assertThatExceptionOfType(CourseStateException.class).isThrownBy(() -> published.publish(NOW))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("nothing-to-publish"));
	}

	@Test
	void discardingResetsTheDraftToTheLatestVersion() {
		Course published = draft().publish(NOW).course();
		Course edited = published.replaceDraft(withTitle(content(), text("Half-finished idea", null)));

		Course discarded = edited.discardDraft();

		assertThat(discarded.draft()).isEqualTo(published.latest().orElseThrow().content());
		assertThat(discarded.hasUnpublishedChanges()).isFalse();
		assertThat(discarded.versions()).isEqualTo(published.versions());
	}

	@Test
	void aNeverPublishedDraftCannotBeDiscarded() {
		assertThatExceptionOfType(CourseStateException.class).isThrownBy(() -> draft().discardDraft())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("not-published"));
	}

	@Test
	void retiringTakesTheCourseOutOfTheCatalogueAndAnnouncesIt() {
		Course published = draft().publish(NOW).course();

		Course.Change retirement = published.retire(NOW.plusSeconds(5));

		assertThat(retirement.course().isRetired()).isTrue();
		assertThat(retirement.course().versions()).isEqualTo(published.versions());
		assertThat(retirement.events()).containsExactly(new CourseRetired("c-1", 1, NOW.plusSeconds(5)));
	}

	@Test
	void retiringTwiceChangesNothingTheSecondTime() {
		Course retired = draft().publish(NOW).course().retire(NOW).course();

		Course.Change again = retired.retire(NOW.plusSeconds(60));

		assertThat(again.course()).isSameAs(retired);
		assertThat(again.events()).isEmpty();
	}

	@Test
	void aNeverPublishedCourseCannotBeRetired() {
		assertThatExceptionOfType(CourseStateException.class).isThrownBy(() -> draft().retire(NOW));
	}

	@Test
	void aRetiredCourseIsNoLongerEditedOrPublished() {
		Course retired = draft().publish(NOW).course().retire(NOW).course();

		assertThatExceptionOfType(CourseStateException.class).isThrownBy(() -> retired.replaceDraft(content()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("course-retired"));
		assertThatExceptionOfType(CourseStateException.class).isThrownBy(() -> retired.publish(NOW));
		assertThatExceptionOfType(CourseStateException.class).isThrownBy(retired::discardDraft);
	}

	@Test
	void theOwnerCoAuthorsAndAdminsMayEditAndNobodyElse() {
		Course course = draft().withCoAuthors(new Author("elira", false), List.of("ivana"));

		assertThat(course.isEditableBy(new Author("elira", false))).isTrue();
		assertThat(course.isEditableBy(new Author("ivana", false))).isTrue();
		assertThat(course.isEditableBy(new Author("root", true))).isTrue();
		assertThat(course.isEditableBy(new Author("marko", false))).isFalse();
	}

	@Test
	void onlyTheOwnerOrAnAdminNamesCoAuthors() {
		Course course = draft().withCoAuthors(new Author("elira", false), List.of("ivana"));

		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> course.withCoAuthors(new Author("ivana", false), List.of("ivana", "marko")));
		assertThat(course.withCoAuthors(new Author("root", true), List.of("marko")).coAuthors())
			.containsExactly("marko");
	}

	@Test
	void coAuthorsLeaveOutTheOwnerRepeatsAndBlanks() {
		Course course = draft().withCoAuthors(new Author("elira", false), List.of("ivana", "elira", "ivana", " "));

		assertThat(course.coAuthors()).containsExactly("ivana");
	}

	@Test
	void anEditBasedOnAnOlderRevisionIsRefused() {
		Course course = draft().withRevision(4);

		assertThat(course.atRevision(4L)).isSameAs(course);
		assertThat(course.atRevision(null)).isSameAs(course);
		assertThatExceptionOfType(StaleRevisionException.class).isThrownBy(() -> course.atRevision(3L))
			.withMessageContaining("revision 4, not 3");
	}

	@Test
	void theListingDescribesTheLatestVersion() {
		CourseListing listing = draft().publish(NOW).course().listing().orElseThrow();

		assertThat(listing.courseId()).isEqualTo("c-1");
		assertThat(listing.version()).isEqualTo(1);
		assertThat(listing.languages()).containsExactly("en", "mk");
		assertThat(listing.lessonCount()).isEqualTo(3);
		assertThat(listing.quizCount()).isEqualTo(1);
		assertThat(listing.topics()).containsExactly("citizens-assembly", "civic-lottery");
		assertThat(draft().listing()).isEmpty();
	}

}
