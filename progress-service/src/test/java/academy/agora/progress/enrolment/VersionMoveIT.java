package academy.agora.progress.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
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
 * Moving an enrolment to a newer version, through the API, the store and the broker.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-version-move-it" })
@DirtiesContext
class VersionMoveIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String PROBLEM_BASE = "https://agora.academy/problems/";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-version-move-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Test
	void anEnrolmentMovesForwardKeepingWhatStillExistsAndCompletesOnceIfTheNewRulesAreMet() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient client = client(learnerId);
		String courseId = "assemblies-" + UUID.randomUUID();
		record(courseId, 1, "intro", "recruitment");
		String id = (String) client.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", courseId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id");
		client.post().uri("/api/enrolments/{id}/lessons/intro/completion", id).exchange().expectStatus().isCreated();
		record(courseId, 2, "intro", "sortition");
		record(courseId, 3, "intro");

		client(learnerId + "-other").post()
			.uri("/api/enrolments/{id}/version-move", id)
			.bodyValue(Map.of("version", 2))
			.exchange()
			.expectStatus()
			.isNotFound();
		problem(client, id, 1, 409, "version-not-newer");
		problem(client, id, 9, 404, "course-version-not-found");
		Map<String, Object> moved = move(client, id, 2);
		assertThat(moved).containsEntry("courseVersion", 2)
			.containsEntry("status", "IN_PROGRESS")
			.containsEntry("completedLessons", 1)
			.containsEntry("totalLessons", 2);
		problem(client, id, 2, 409, "version-not-newer");
		Map<String, Object> completed = move(client, id, 3);
		assertThat(completed).containsEntry("courseVersion", 3).containsEntry("status", "COMPLETED");
		problem(client, id, 4, 409, "enrolment-completed");

		try (KafkaRecords.Reader learning = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.LEARNING_EVENTS)) {
			List<ConsumerRecord<String, String>> records = await().during(Duration.ofSeconds(2))
				.atMost(PATIENCE)
				.until(() -> learning.poll(hasKey(learnerId)), (received) -> received.size() == 3);
			assertThat(records).extracting((record) -> header(record, CloudEventHeaders.TYPE))
				.containsExactly(EventType.LEARNER_ENROLLED.typeName(), EventType.LESSON_COMPLETED.typeName(),
						EventType.COURSE_COMPLETED.typeName());
			CourseCompleted event = (CourseCompleted) EventCodec.decode(EventType.COURSE_COMPLETED,
					records.get(2).value());
			assertThat(event.courseVersion()).isEqualTo(3);
			assertThat(event.enrolmentId()).isEqualTo(id);
		}
	}

	private void record(String courseId, int version, String... lessonIds) {
		List<CourseVersion.Lesson> lessons = Arrays.stream(lessonIds)
			.map((lesson) -> new CourseVersion.Lesson(lesson, lesson))
			.toList();
		this.courseVersions
			.record(new CourseVersion(courseId, version, "Citizens' assemblies", "en", lessons, Instant.now()))
			.block();
	}

	private Map<String, Object> move(WebTestClient client, String id, int version) {
		return client.post()
			.uri("/api/enrolments/{id}/version-move", id)
			.bodyValue(Map.of("version", version))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private void problem(WebTestClient client, String id, int version, int status, String type) {
		client.post()
			.uri("/api/enrolments/{id}/version-move", id)
			.bodyValue(Map.of("version", version))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + type);
	}

	private WebTestClient client(String learnerId) {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(Tokens.learner(learnerId, "Ana Petrović"));
	}

}
