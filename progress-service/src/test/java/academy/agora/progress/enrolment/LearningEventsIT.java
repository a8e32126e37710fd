package academy.agora.progress.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.Event;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.testsupport.KafkaRecords.hasKey;
import static academy.agora.testsupport.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the service tells the others: the events of an enrolment, relayed from its outbox
 * to {@code learning.events} and read back with a plain Kafka consumer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-learning-events-it" })
@DirtiesContext
class LearningEventsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-learning-events-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Test
	void enrollingAndCompletingEveryLessonAnnouncesEachStepExactlyOnce() {
		WebTestClient client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(Tokens.learner("learner-" + UUID.randomUUID(), "Ana Petrović"));
		String courseId = "assemblies-" + UUID.randomUUID();
		this.courseVersions.record(new CourseVersion(courseId, 2, "Citizens' assemblies", "sr-Latn",
				List.of(new CourseVersion.Lesson("intro", "Introduction"),
						new CourseVersion.Lesson("recruitment", "Recruiting members")),
				Instant.now()))
			.block();

		Map<String, Object> enrolment = client.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", courseId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		String enrolmentId = (String) enrolment.get("id");
		@SuppressWarnings("unchecked")
		String learnerId = ((Map<String, String>) enrolment.get("learner")).get("id");
		String completion = "/api/enrolments/" + enrolmentId + "/lessons/{lessonId}/completion";
		client.post().uri(completion, "intro").exchange().expectStatus().isCreated();
		client.post().uri(completion, "intro").exchange().expectStatus().isOk();
		client.post().uri(completion, "recruitment").exchange().expectStatus().isCreated();
		client.post().uri(completion, "recruitment").exchange().expectStatus().isOk();
		client.post().uri(completion, "intro").exchange().expectStatus().isOk();

		List<ConsumerRecord<String, String>> records;
		try (KafkaRecords.Reader learning = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.LEARNING_EVENTS)) {
			await().atMost(PATIENCE).until(() -> learning.poll(hasKey(learnerId)).size() >= 4);
			// Exactly four, and no more arrive: the repeated completions announced
			// nothing.
			records = await().during(Duration.ofSeconds(2))
				.atMost(PATIENCE)
				.until(() -> learning.poll(hasKey(learnerId)), (received) -> received.size() == 4);
		}

		assertThat(records).extracting((record) -> header(record, CloudEventHeaders.TYPE))
			.containsExactly(EventType.LEARNER_ENROLLED.typeName(), EventType.LESSON_COMPLETED.typeName(),
					EventType.LESSON_COMPLETED.typeName(), EventType.COURSE_COMPLETED.typeName());
		assertThat(records).extracting((record) -> header(record, CloudEventHeaders.ID))
			.doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).isNotBlank());
		assertThat(records).allSatisfy((record) -> {
			assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/progress-service");
			assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBeforeOrEqualTo(Instant.now());
			assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		});

		List<Event> events = records.stream()
			.map((record) -> EventCodec.decode(EventType.fromTypeName(header(record, CloudEventHeaders.TYPE)).get(),
					record.value()))
			.toList();
		assertThat(events.get(0)).isInstanceOfSatisfying(LearnerEnrolled.class, (enrolled) -> {
			assertThat(enrolled.enrolmentId()).isEqualTo(enrolmentId);
			assertThat(enrolled.courseId()).isEqualTo(courseId);
			assertThat(enrolled.courseVersion()).isEqualTo(2);
		});
		assertThat(events.subList(1, 3)).map((event) -> ((LessonCompleted) event).lessonId())
			.containsExactly("intro", "recruitment");
		assertThat(events.get(3)).isInstanceOfSatisfying(CourseCompleted.class, (completed) -> {
			assertThat(completed.enrolmentId()).isEqualTo(enrolmentId);
			assertThat(completed.learnerId()).isEqualTo(learnerId);
			assertThat(completed.learnerName()).isEqualTo("Ana Petrović");
			assertThat(completed.courseId()).isEqualTo(courseId);
			assertThat(completed.courseVersion()).isEqualTo(2);
			assertThat(completed.courseTitle()).isEqualTo("Citizens' assemblies");
			assertThat(completed.completedAt()).isEqualTo(((LessonCompleted) events.get(2)).completedAt());
		});

		// Relayed entries leave the outbox.
		Document stored = this.mongo.findById(enrolmentId, Document.class, "enrolments").block();
		assertThat(stored.getList("outbox", Document.class)).isEmpty();
		assertThat(stored.getString("status")).isEqualTo("COMPLETED");
	}

}
