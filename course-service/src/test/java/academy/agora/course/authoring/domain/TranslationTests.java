package academy.agora.course.authoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static academy.agora.course.authoring.domain.Fixtures.content;
import static academy.agora.course.authoring.domain.Fixtures.lessonOf;
import static academy.agora.course.authoring.domain.Fixtures.withLesson;
import static org.assertj.core.api.Assertions.assertThat;

class TranslationTests {

	private static Lesson edited(Lesson lesson, Map<String, String> title, Map<String, String> content) {
		Map<String, String> newTitle = new java.util.HashMap<>(lesson.title().values());
		newTitle.putAll(title);
		Map<String, String> newContent = new java.util.HashMap<>(lesson.content().values());
		newContent.putAll(content);
		return new Lesson(lesson.id(), new LocalizedText(newTitle), new LocalizedText(newContent),
				lesson.durationMinutes(), lesson.videoUrl(), lesson.resources(), null);
	}

	private static Course created() {
		return Course.create("c-1", "elira", content());
	}

	@Test
	void translationsOfANewCourseAreCurrent() {
		assertThat(created().draft().outdatedTranslations()).isEmpty();
	}

	@Test
	void changingTheDefaultContentOutdatesTheLessonsTranslations() {
		Course course = created();
		Lesson what = lessonOf(course.draft(), "what");

		Course edited = course
			.replaceDraft(withLesson(content(), edited(what, Map.of(), Map.of("en", "# What\n\nA new text."))));

		assertThat(edited.draft().outdatedTranslations())
			.containsExactly(new CourseContent.OutdatedTranslation("what", "mk"));
		assertThat(lessonOf(edited.draft(), "what").isOutdated("mk", "en")).isTrue();
		assertThat(lessonOf(edited.draft(), "what").isOutdated("en", "en")).isFalse();
		assertThat(lessonOf(edited.draft(), "when").isOutdated("mk", "en")).isFalse();
	}

	@Test
	void changingTheDefaultTitleOutdatesTheTranslationsToo() {
		Course course = created();
		Lesson what = lessonOf(course.draft(), "what");

		Course edited = course
			.replaceDraft(withLesson(content(), edited(what, Map.of("en", "What, really"), Map.of())));

		assertThat(edited.draft().outdatedTranslations())
			.containsExactly(new CourseContent.OutdatedTranslation("what", "mk"));
	}

	@Test
	void updatingTheTranslationMakesItCurrentAgain() {
		Course course = created();
		Lesson what = lessonOf(course.draft(), "what");
		Course outdated = course
			.replaceDraft(withLesson(content(), edited(what, Map.of(), Map.of("en", "New English text."))));

		Course translated = outdated.replaceDraft(withLesson(content(),
				edited(what, Map.of(), Map.of("en", "New English text.", "mk", "Нов македонски текст."))));

		assertThat(translated.draft().outdatedTranslations()).isEmpty();
	}

	@Test
	void aTranslationStaysOutdatedThroughUnrelatedEdits() {
		Course course = created();
		Lesson what = lessonOf(course.draft(), "what");
		Lesson changed = edited(what, Map.of(), Map.of("en", "New English text."));
		Course outdated = course.replaceDraft(withLesson(content(), changed));

		Lesson when = lessonOf(content(), "when");
		Course stillOutdated = outdated.replaceDraft(withLesson(withLesson(content(), changed),
				edited(when, Map.of(), Map.of("en", "When it fits, better.", "mk", "Кога е соодветно."))));

		assertThat(stillOutdated.draft().outdatedTranslations())
			.containsExactly(new CourseContent.OutdatedTranslation("what", "mk"));
	}

	@Test
	void changingDefaultAndTranslationTogetherKeepsItCurrent() {
		Course course = created();
		Lesson what = lessonOf(course.draft(), "what");

		Course edited = course.replaceDraft(withLesson(content(),
				edited(what, Map.of(), Map.of("en", "Both changed.", "mk", "Двете се сменети."))));

		assertThat(edited.draft().outdatedTranslations()).isEmpty();
	}

	@Test
	void publishingWarnsAboutOutdatedTranslationsButPublishes() {
		Course course = created();
		Lesson what = lessonOf(course.draft(), "what");
		Course outdated = course.replaceDraft(withLesson(content(), edited(what, Map.of(), Map.of("en", "Changed."))));

		Course.Publication publication = outdated.publish(Instant.parse("2026-11-24T09:00:00Z"));

		assertThat(publication.outdatedTranslations())
			.containsExactly(new CourseContent.OutdatedTranslation("what", "mk"));
		assertThat(publication.course().publishedVersion()).isEqualTo(1);
		assertThat(lessonOf(publication.course().latest().orElseThrow().content(), "what").isOutdated("mk", "en"))
			.isTrue();
	}

	@Test
	void discardingBringsBackThePublishedTranslationState() {
		Course published = created().publish(Instant.parse("2026-11-24T09:00:00Z")).course();
		Lesson what = lessonOf(published.draft(), "what");
		Course outdated = published
			.replaceDraft(withLesson(content(), edited(what, Map.of(), Map.of("en", "Changed."))));

		assertThat(outdated.discardDraft().draft().outdatedTranslations()).isEmpty();
	}

	@Test
	void aLessonWithoutTranslationsHasNoneOutdated() {
		Lesson english = new Lesson("l", LocalizedText.of("en", "L"), LocalizedText.of("en", "x"), null, null,
				List.of(), null);
		assertThat(english.isOutdated("mk", "en")).isFalse();
		assertThat(english.translations("en")).isEmpty();
	}

}
