package academy.agora.progress.erasure;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.progress.LearnerErased;
import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.testsupport.KafkaRecords.hasKey;
import static academy.agora.testsupport.KafkaRecords.hasType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An administrator erases a learner, on the real broker and Mongo-wire server: the
 * learner's enrolments go, the other services hear of it, and events about the erased
 * enrolments that arrive later are ignored instead of retried and dead-lettered.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-erasure-it", "agora.messaging.retry-attempts=2",
				"agora.messaging.retry-initial-interval=50ms", "agora.messaging.retry-max-interval=100ms" })
@DirtiesContext
class ErasureIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-erasure-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	private final KafkaRecords.Sender kafka = KafkaRecords.sender(TestInfrastructure.get().kafkaBootstrapServers(),
			"/certificate-service");

	@AfterEach
	void closeClients() {
		this.kafka.close();
	}

	@Test
	void anAdminErasesALearnersEnrolmentsAndTellsTheOtherServices() {
		String learnerId = "learner-" + UUID.randomUUID();
		String otherId = "learner-" + UUID.randomUUID();
		WebTestClient learner = client(Tokens.learner(learnerId, "Ана Трајковска"));
		WebTestClient other = client(Tokens.learner(otherId, "Marko Marković"));
		String course = course();
		enrol(learner, course);
		enrol(learner, course());
		String kept = enrol(other, course);

		Map<String, Object> erasure = client(Tokens.admin("admin-1")).delete()
			.uri("/api/learners/{id}", learnerId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(erasure).containsEntry("learnerId", learnerId).containsEntry("enrolmentsErased", 2);
		assertThat(mine(learner)).isEmpty();
		assertThat(mine(other)).extracting((enrolment) -> enrolment.get("id")).containsExactly(kept);
		List<ConsumerRecord<String, String>> announced = KafkaRecords.awaitRecords(
				TestInfrastructure.get().kafkaBootstrapServers(), Topics.LEARNING_EVENTS,
				hasKey(learnerId).and(hasType(EventType.LEARNER_ERASED)), 1);
		LearnerErased event = (LearnerErased) EventCodec.decode(EventType.LEARNER_ERASED, announced.get(0).value());
		assertThat(event.learnerId()).isEqualTo(learnerId);
		assertThat(event.erasedAt()).isEqualTo(Instant.parse((String) erasure.get("erasedAt")));
	}

	@Test
	void aCertificateForAnErasedEnrolmentIsIgnoredAndALaterEnrolmentStays() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient learner = client(Tokens.learner(learnerId, "Ana Petrović"));
		String course = course();
		String erased = enrol(learner, course);
		erase(learnerId);
		String later = enrol(learner, course);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		// Both have the learner's key, so they share a partition: once the later one is
		// recorded, the one before it was handled, and a retry-then-dead-letter of it
		// would have happened before.
		this.kafka.send(this.kafka.cloudEvent(
				new CertificateIssued("cert-" + UUID.randomUUID(), erased, learnerId, course, 1, "ABCD-1234", now),
				UUID.randomUUID().toString()));
		this.kafka.send(this.kafka.cloudEvent(
				new CertificateIssued("cert-" + UUID.randomUUID(), later, learnerId, course, 1, "EFGH-5678", now),
				UUID.randomUUID().toString()));

		await().atMost(PATIENCE)
			.until(() -> mine(learner), (enrolments) -> enrolments.size() == 1
					&& later.equals(enrolments.get(0).get("id")) && enrolments.get(0).get("certificate") != null);
		assertThat(KafkaRecords.readToEnd(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.deadLetter(Topics.CERTIFICATE_EVENTS)))
			.noneMatch(hasKey(learnerId));
	}

	@Test
	void anErasureEventRemovesWhatTheLearnerDidBeforeIt() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient learner = client(Tokens.learner(learnerId, "Elira Hoxha"));
		enrol(learner, course());

		// As after a crash between the erasure's record and its deletion: the event alone
		// finishes the job.
		this.kafka.send(this.kafka.cloudEvent(
				new LearnerErased(learnerId, Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1)),
				UUID.randomUUID().toString()));

		await().atMost(PATIENCE).until(() -> mine(learner).isEmpty());
	}

	@Test
	void onlyAdminsErase() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient learner = client(Tokens.learner(learnerId, "Ana Petrović"));
		String enrolment = enrol(learner, course());

		for (JwtMutator notAdmin : List.of(Tokens.learner(learnerId, "Ana Petrović"),
				Tokens.coordinator("coordinator-1", Tokens.DEFAULT_MUNICIPALITY))) {
			client(notAdmin).delete()
				.uri("/api/learners/{id}", learnerId)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		assertThat(mine(learner)).extracting((e) -> e.get("id")).containsExactly(enrolment);
	}

	private void erase(String learnerId) {
		client(Tokens.admin("admin-1")).delete().uri("/api/learners/{id}", learnerId).exchange().expectStatus().isOk();
	}

	private WebTestClient client(JwtMutator token) {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(token);
	}

	private String course() {
		String courseId = "assemblies-" + UUID.randomUUID();
		this.courseVersions
			.record(new CourseVersion(courseId, 1, "Citizens' assemblies", "en",
					List.of(new CourseVersion.Lesson("intro", "Introduction")), Instant.now()))
			.block();
		return courseId;
	}

	private String enrol(WebTestClient client, String courseId) {
		return (String) client.post()
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
	}

	private List<Map<String, Object>> mine(WebTestClient client) {
		return client.get()
			.uri("/api/enrolments")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
