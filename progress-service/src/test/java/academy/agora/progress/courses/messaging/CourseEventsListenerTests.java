package academy.agora.progress.courses.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventCodec.MalformedEventException;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.course.CoursePublished;
import academy.agora.events.course.CourseRetired;
import academy.agora.progress.CourseFixtures;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CourseEventsListenerTests {

	private final List<CourseVersion> recorded = new ArrayList<>();

	private final List<String> retired = new ArrayList<>();

	private final CourseVersions versions = new CourseVersions() {

		@Override
		public Mono<Boolean> record(CourseVersion version) {
			return Mono.fromCallable(() -> CourseEventsListenerTests.this.recorded.add(version));
		}

		@Override
		public Mono<CourseVersion> findLatest(String courseId) {
			return Mono.empty();
		}

		@Override
		public Mono<CourseVersion> find(String courseId, int version) {
			return Mono.empty();
		}

		@Override
		public Mono<Void> retire(String courseId, Instant retiredAt) {
			return Mono.fromRunnable(() -> CourseEventsListenerTests.this.retired.add(courseId));
		}

		@Override
		public Mono<Boolean> isRetired(String courseId) {
			return Mono.just(CourseEventsListenerTests.this.retired.contains(courseId));
		}

	};

	private final CourseEventsListener listener = new CourseEventsListener(this.versions);

	@Test
	void aPublishedCourseIsRecordedWithItsLessons() {
		CoursePublished published = new CoursePublished("budget", 4, "Participatory budgeting", "sl",
				List.of(new CoursePublished.Lesson("cycle", "The budget cycle")),
				Instant.parse("2026-01-05T08:00:00Z"));

		this.listener.on(record(EventType.COURSE_PUBLISHED.typeName(), EventCodec.encode(published)));

		assertThat(this.recorded).containsExactly(new CourseVersion("budget", 4, "Participatory budgeting", "sl",
				List.of(new CourseVersion.Lesson("cycle", "The budget cycle")), published.publishedAt()));
	}

	@Test
	void aPublishedCourseIsRecordedWithItsWholeStructure() {
		CoursePublished published = CourseFixtures.published("assemblies", 2, Instant.parse("2026-01-05T08:00:00Z"));

		this.listener.on(record(EventType.COURSE_PUBLISHED.typeName(), EventCodec.encode(published)));

		assertThat(this.recorded).singleElement().satisfies((version) -> {
			assertThat(version).isEqualTo(CourseVersion.of(published));
			assertThat(version.quizzes()).extracting(CourseVersion.Quiz::id).containsExactly("basics", "practice");
			assertThat(version.modules()).hasSize(2);
		});
	}

	@Test
	void aRetiredCourseIsRemembered() {
		CourseRetired retirement = new CourseRetired("budget", 4, Instant.parse("2026-02-01T08:00:00Z"));

		this.listener.on(record(EventType.COURSE_RETIRED.typeName(), EventCodec.encode(retirement)));

		assertThat(this.retired).containsExactly("budget");
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void anEventTypeThisServiceDoesNotKnowIsSkipped() {
		this.listener.on(record("academy.agora.course.course.archived.v1", "{}"));

		assertThat(this.recorded).isEmpty();
	}

	@Test
	void aPayloadBreakingItsContractIsAPoisonRecord() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.listener.on(record(EventType.COURSE_PUBLISHED.typeName(), "{\"courseId\":\"x\"}")));
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> this.listener.on(record(null, "{}")));
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void aWriteThatDoesNotFinishInTimeIsReportedAsADatabaseFailureNotAsABadRecord() {
		CourseVersions hanging = new CourseVersions() {

			@Override
			public Mono<Boolean> record(CourseVersion version) {
				return Mono.never();
			}

			@Override
			public Mono<CourseVersion> findLatest(String courseId) {
				return Mono.empty();
			}

			@Override
			public Mono<CourseVersion> find(String courseId, int version) {
				return Mono.empty();
			}

			@Override
			public Mono<Void> retire(String courseId, Instant retiredAt) {
				return Mono.never();
			}

			@Override
			public Mono<Boolean> isRetired(String courseId) {
				return Mono.just(false);
			}

		};
		CoursePublished published = new CoursePublished("budget", 1, "Participatory budgeting", "sl", List.of(),
				Instant.now());

		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> new CourseEventsListener(hanging, Duration.ofMillis(50))
				.on(record(EventType.COURSE_PUBLISHED.typeName(), EventCodec.encode(published))))
			.withMessageContaining("budget version 1");
	}

	private static ConsumerRecord<String, String> record(String type, String value) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.COURSE_EVENTS, 0, 0, "key", value);
		record.headers().add(CloudEventHeaders.ID, "event-1".getBytes(StandardCharsets.UTF_8));
		if (type != null) {
			record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

}
