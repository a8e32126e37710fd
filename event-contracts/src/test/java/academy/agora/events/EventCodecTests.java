package academy.agora.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import academy.agora.events.course.CoursePublished;
import academy.agora.events.progress.CohortPlanned;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.EnrolmentWithdrawn;
import academy.agora.events.progress.QuizGraded;
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
		assertThat(published.certificateApproval()).isNull();
		assertThat(published.requiresCertificateApproval()).isFalse();
	}

	@Test
	void aCoursePublishedAskingForApprovalSurvivesTheRoundTrip() {
		CoursePublished published = new CoursePublished("c", 1, "T", "en",
				List.of(new CoursePublished.Lesson("l", "L")), Instant.parse("2026-11-24T10:15:30Z"), null, null, null,
				null, null, 12, null, true);
		String json = EventCodec.encode(published);
		assertThat(json).contains("\"certificateApproval\":true");
		CoursePublished decoded = (CoursePublished) EventCodec.decode(EventType.COURSE_PUBLISHED, json);
		assertThat(decoded).isEqualTo(published);
		assertThat(decoded.requiresCertificateApproval()).isTrue();
	}

	@Test
	void aCourseCompletedFromAnOlderProducerGetsDefaultsForTheFieldsAddedSince() {
		String json = "{\"enrolmentId\":\"e\",\"learnerId\":\"u\",\"learnerName\":\"Ana\",\"courseId\":\"c\","
				+ "\"courseVersion\":1,\"courseTitle\":\"T\",\"completedAt\":\"2026-01-01T00:00:00Z\"}";
		CourseCompleted completed = (CourseCompleted) EventCodec.decode(EventType.COURSE_COMPLETED, json);
		assertThat(completed.municipality()).isNull();
		assertThat(completed.language()).isNull();
		assertThat(completed.courseTitles()).isEmpty();
		assertThat(completed.scoreSummary()).isEqualTo(new CourseCompleted.ScoreSummary(0, null));
		assertThat(completed.cohortId()).isNull();
		assertThat(completed.estimatedHours()).isNull();
		assertThat(completed.approvalRequired()).isNull();
		assertThat(completed.requiresApproval()).isFalse();
		assertThat(completed.attendance()).isNull();
	}

	@Test
	void aCourseCompletedWithEveryFieldSurvivesTheRoundTrip() {
		CourseCompleted completed = new CourseCompleted("e", "u", "Ana", "c", 2, "Assemblies",
				Instant.parse("2026-11-24T10:15:30Z"), "Ohrid", Map.of("en", "Assemblies", "mk", "Собранија"), "mk",
				new CourseCompleted.ScoreSummary(2, 85), "cohort-1", 6, false,
				new CourseCompleted.Attendance("ivana", "Attended all four workshops"), "MK");
		String json = EventCodec.encode(completed);
		assertThat(json)
			.contains("\"attendance\":{\"recordedBy\":\"ivana\",\"reason\":\"Attended all four workshops\"}")
			.contains("\"country\":\"MK\"");
		assertThat(EventCodec.decode(EventType.COURSE_COMPLETED, json)).isEqualTo(completed);
	}

	@Test
	void aCohortPlannedTravelsOnLearningEventsKeyedByItsCohortWithCalendarDates() {
		CohortPlanned planned = new CohortPlanned("cohort-1", "c", "Ohrid, spring 2026", null,
				LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31"), "goran",
				Instant.parse("2026-02-20T08:00:00Z"), null);
		String json = EventCodec.encode(planned);
		assertThat(json).contains("\"startsOn\":\"2026-03-02\"", "\"endsOn\":\"2026-03-31\"");
		assertThat(EventCodec.decode(EventType.COHORT_PLANNED, json)).isEqualTo(planned);
		assertThat(planned.key()).isEqualTo("cohort-1");
		assertThat(EventType.of(planned).topic()).isEqualTo(Topics.LEARNING_EVENTS);
		assertThat(EventType.COHORT_PLANNED.typeName()).isEqualTo("academy.agora.progress.cohort.planned.v1");
	}

	@Test
	void anEnrolmentWithdrawnSurvivesTheRoundTripKeyedByItsLearner() {
		EnrolmentWithdrawn withdrawn = new EnrolmentWithdrawn("e", "u", "c", 2, Instant.parse("2026-11-24T10:15:30Z"));
		assertThat(EventCodec.decode(EventType.ENROLMENT_WITHDRAWN, EventCodec.encode(withdrawn))).isEqualTo(withdrawn);
		assertThat(withdrawn.key()).isEqualTo("u");
		assertThat(EventType.of(withdrawn).topic()).isEqualTo(Topics.LEARNING_EVENTS);
		assertThat(EventType.ENROLMENT_WITHDRAWN.typeName()).isEqualTo("academy.agora.progress.enrolment.withdrawn.v1");
	}

	@Test
	void aQuizGradedSurvivesTheRoundTripKeyedByItsLearner() {
		QuizGraded graded = new QuizGraded("e", "u", "c", 2, "q", 1, 66, false, Instant.parse("2026-11-24T10:15:30Z"));
		assertThat(EventCodec.decode(EventType.QUIZ_GRADED, EventCodec.encode(graded))).isEqualTo(graded);
		assertThat(graded.key()).isEqualTo("u");
		assertThat(EventType.of(graded).topic()).isEqualTo(Topics.LEARNING_EVENTS);
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
