package academy.agora.progress.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.EnrolmentWithdrawn;
import academy.agora.progress.CourseFixtures;
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
 * A learner leaving a course and coming back, through the API, the store and the broker.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-withdrawal-it" })
@DirtiesContext
class WithdrawalIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String PROBLEM_BASE = "https://agora.academy/problems/";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-withdrawal-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Test
	void aLearnerWithdrawsOnceCannotCarryOnAndEnrollingAgainReactivatesTheSameEnrolment() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient client = client(learnerId);
		String courseId = course();
		Map<String, Object> enrolment = enrol(client, courseId);
		String id = (String) enrolment.get("id");
		client.post().uri("/api/enrolments/{id}/lessons/mandate/completion", id).exchange().expectStatus().isCreated();

		client(learnerId + "-other").post()
			.uri("/api/enrolments/{id}/withdrawal", id)
			.exchange()
			.expectStatus()
			.isNotFound();
		Map<String, Object> withdrawn = withdraw(client, id);
		Map<String, Object> again = withdraw(client, id);

		assertThat(withdrawn).containsEntry("status", "WITHDRAWN").containsEntry("completedLessons", 1);
		assertThat(withdrawn.get("withdrawnAt")).isNotNull();
		assertThat(again).isEqualTo(withdrawn);
		client.post()
			.uri("/api/enrolments/{id}/lessons/lottery/completion", id)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-withdrawn");
		client.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
			.bodyValue(Map.of("answers", CourseFixtures.basics(List.of("a"), List.of("x", "y"))))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-withdrawn");

		Map<String, Object> back = enrol(client, courseId);
		assertThat(back).containsEntry("id", id)
			.containsEntry("status", "IN_PROGRESS")
			.containsEntry("completedLessons", 1)
			.containsEntry("withdrawnAt", null);
		client.post().uri("/api/enrolments/{id}/lessons/lottery/completion", id).exchange().expectStatus().isCreated();

		try (KafkaRecords.Reader learning = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.LEARNING_EVENTS)) {
			// Enrolled, two lessons, one withdrawal: re-activating announces nothing.
			List<ConsumerRecord<String, String>> records = await().during(Duration.ofSeconds(2))
				.atMost(PATIENCE)
				.until(() -> learning.poll(hasKey(learnerId)), (received) -> received.size() == 4);
			assertThat(records).extracting((record) -> header(record, CloudEventHeaders.TYPE))
				.containsExactly(EventType.LEARNER_ENROLLED.typeName(), EventType.LESSON_COMPLETED.typeName(),
						EventType.ENROLMENT_WITHDRAWN.typeName(), EventType.LESSON_COMPLETED.typeName());
			EnrolmentWithdrawn event = (EnrolmentWithdrawn) EventCodec.decode(EventType.ENROLMENT_WITHDRAWN,
					records.get(2).value());
			assertThat(event).isEqualTo(new EnrolmentWithdrawn(id, learnerId, courseId, 1,
					Instant.parse((String) withdrawn.get("withdrawnAt"))));
		}
	}

	@Test
	void aCompletedEnrolmentCannotBeWithdrawn() {
		WebTestClient client = client("learner-" + UUID.randomUUID());
		String id = (String) enrol(client, course()).get("id");
		for (String lesson : List.of("mandate", "lottery", "facilitation")) {
			client.post()
				.uri("/api/enrolments/{id}/lessons/{lesson}/completion", id, lesson)
				.exchange()
				.expectStatus()
				.isCreated();
		}
		client.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
			.bodyValue(Map.of("answers", CourseFixtures.basics(List.of("a"), List.of("x", "y"))))
			.exchange()
			.expectStatus()
			.isCreated();

		client.post()
			.uri("/api/enrolments/{id}/withdrawal", id)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-completed");
	}

	private WebTestClient client(String learnerId) {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(Tokens.learner(learnerId, "Ana Petrović"));
	}

	private String course() {
		String courseId = "assemblies-" + UUID.randomUUID();
		this.courseVersions.record(CourseVersion.of(CourseFixtures.published(courseId, 1, Instant.now()))).block();
		return courseId;
	}

	private Map<String, Object> enrol(WebTestClient client, String courseId) {
		return client.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", courseId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> withdraw(WebTestClient client, String id) {
		return client.post()
			.uri("/api/enrolments/{id}/withdrawal", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
