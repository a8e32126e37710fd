package academy.agora.events;

import java.time.Instant;
import java.util.List;

import academy.agora.events.course.CoursePublished;
import academy.agora.events.progress.CourseCompleted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventCodecTests {

	@Test
	void anEventSurvivesTheRoundTrip() {
		CoursePublished published = new CoursePublished("c-1", 2, "Citizens' assemblies", "en",
				List.of(new CoursePublished.Lesson("l-1", "What is sortition?")),
				Instant.parse("2026-11-24T10:15:30Z"));
		String json = EventCodec.encode(published);
		assertThat(json).contains("\"publishedAt\":\"2026-11-24T10:15:30Z\"");
		assertThat(EventCodec.decode(EventType.COURSE_PUBLISHED, json)).isEqualTo(published);
	}

	@Test
	void unknownPropertiesFromANewerProducerAreIgnored() {
		String json = "{\"enrolmentId\":\"e\",\"learnerId\":\"u\",\"learnerName\":\"Ana\",\"courseId\":\"c\","
				+ "\"courseVersion\":1,\"courseTitle\":\"T\",\"completedAt\":\"2026-01-01T00:00:00Z\",\"grade\":0.9}";
		assertThat(EventCodec.decode(EventType.COURSE_COMPLETED, json)).isInstanceOf(CourseCompleted.class);
	}

	@Test
	void aCoursePublishedFromAnOlderProducerGetsDefaultsForTheFieldsAddedSince() {
		String json = "{\"courseId\":\"c\",\"version\":1,\"title\":\"T\",\"language\":\"en\",\"lessons\":"
				+ "[{\"lessonId\":\"l\",\"title\":\"L\"}],\"publishedAt\":\"2026-01-01T00:00:00Z\"}";
		CoursePublished published = (CoursePublished) EventCodec.decode(EventType.COURSE_PUBLISHED, json);
		assertThat(published.titles()).containsEntry("en", "T");
		assertThat(published.completionRules().requiredLessonIds()).containsExactly("l");
		assertThat(published.completionRules().requiredQuizIds()).isEmpty();
		assertThat(published.modules()).isEmpty();
		assertThat(published.languages()).containsExactly("en");
	}

	@Test
	void aPayloadMissingARequiredFieldIsMalformed() {
		String json = "{\"enrolmentId\":\"e\",\"courseId\":\"c\",\"courseVersion\":1}";
		assertThatExceptionOfType(EventCodec.MalformedEventException.class)
			.isThrownBy(() -> EventCodec.decode(EventType.COURSE_COMPLETED, json));
	}

	@Test
	void aPayloadThatIsNotJsonIsMalformed() {
		assertThatExceptionOfType(EventCodec.MalformedEventException.class)
			.isThrownBy(() -> EventCodec.decode(EventType.COURSE_COMPLETED, "not json"));
	}

	@Test
	void eachTypeIsFoundByItsName() {
		assertThat(EventType.fromTypeName("academy.agora.progress.course.completed.v1"))
			.contains(EventType.COURSE_COMPLETED);
		assertThat(EventType.fromTypeName("academy.agora.progress.course.completed.v9")).isEmpty();
	}

}
