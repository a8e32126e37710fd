package academy.agora.progress.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.certificate.CertificateReinstated;
import academy.agora.events.certificate.CertificateReissued;
import academy.agora.events.certificate.CertificateRevoked;
import academy.agora.events.certificate.CertificateSuspended;
import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
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
 * Certificates announced on {@code certificate.events} by the certificate service,
 * recorded on the enrolments through a real broker.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.config.name=progress-service",
		"spring.kafka.consumer.group-id=progress-service-certificate-events-it", "agora.messaging.retry-attempts=2",
		"agora.messaging.retry-initial-interval=50ms", "agora.messaging.retry-max-interval=100ms" })
@DirtiesContext
class CertificateEventsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-certificate-events-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private ReactiveMongoTemplate mongo;

	private final KafkaRecords.Sender kafka = KafkaRecords.sender(TestInfrastructure.get().kafkaBootstrapServers(),
			"/certificate-service");

	@AfterEach
	void closeClients() {
		this.kafka.close();
	}

	@Test
	void anIssuedCertificateShowsOnTheEnrolmentAndAReplayChangesNothing() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient client = client(learnerId);
		String enrolmentId = enrol(client, course());
		String marker = enrol(client, course());
		Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		CertificateIssued issued = new CertificateIssued("cert-" + UUID.randomUUID(), enrolmentId, learnerId, "c", 1,
				"ABCD-1234", issuedAt);

		this.kafka.send(this.kafka.cloudEvent(issued, UUID.randomUUID().toString()));
		Map<String, Object> certified = await().atMost(PATIENCE)
			.until(() -> get(client, enrolmentId), (enrolment) -> enrolment.get("certificate") != null);
		Document stored = stored(enrolmentId);

		assertThat(certified.get("certificate")).isEqualTo(Map.of("certificateId", issued.certificateId(),
				"verificationCode", "ABCD-1234", "issuedAt", issuedAt.toString(), "status", "VALID"));
		// A redelivery, a replay, and another certificate for the same enrolment: all
		// change nothing. The marker has the same key, so the same partition: once it is
		// recorded, everything before it has been handled.
		this.kafka.send(this.kafka.cloudEvent(issued, UUID.randomUUID().toString()));
		this.kafka.send(this.kafka.cloudEvent(issued, UUID.randomUUID().toString()));
		this.kafka.send(this.kafka.cloudEvent(new CertificateIssued("cert-" + UUID.randomUUID(), enrolmentId, learnerId,
				"c", 1, "EFGH-5678", issuedAt.plusSeconds(60)), UUID.randomUUID().toString()));
		this.kafka.send(this.kafka.cloudEvent(
				new CertificateIssued("cert-" + UUID.randomUUID(), marker, learnerId, "c", 1, "MARK-0000", issuedAt),
				UUID.randomUUID().toString()));
		await().atMost(PATIENCE).until(() -> get(client, marker).get("certificate") != null);

		assertThat(stored(enrolmentId)).isEqualTo(stored);
		assertThat(get(client, enrolmentId)).isEqualTo(certified);
	}

	@Test
	@SuppressWarnings("unchecked")
	void suspensionReinstatementReissueAndRevocationShowOnTheEnrolmentOnceEach() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient client = client(learnerId);
		String enrolmentId = enrol(client, course());
		String marker = enrol(client, course());
		String certificateId = "cert-" + UUID.randomUUID();
		Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Instant reissuedAt = issuedAt.plusSeconds(60);
		send(new CertificateIssued(certificateId, enrolmentId, learnerId, "c", 1, "ABCD-1234", issuedAt));

		send(new CertificateSuspended(certificateId, enrolmentId, learnerId, issuedAt.plusSeconds(10)));
		awaitCertificate(client, enrolmentId, (certificate) -> "SUSPENDED".equals(certificate.get("status")));
		send(new CertificateReinstated(certificateId, enrolmentId, learnerId, issuedAt.plusSeconds(20)));
		send(new CertificateReissued(certificateId, enrolmentId, learnerId, "ABCD-1234", "EFGH-5678", reissuedAt));
		awaitCertificate(client, enrolmentId, (certificate) -> "EFGH-5678".equals(certificate.get("verificationCode"))
				&& "VALID".equals(certificate.get("status")));
		send(new CertificateRevoked(certificateId, enrolmentId, learnerId, reissuedAt.plusSeconds(60)));
		Map<String, Object> revoked = awaitCertificate(client, enrolmentId,
				(certificate) -> "REVOKED".equals(certificate.get("status")));
		Document stored = stored(enrolmentId);

		// Redeliveries, and a change of a certificate the enrolment does not hold, change
		// nothing; the marker, on the same partition, shows they were handled.
		send(new CertificateRevoked(certificateId, enrolmentId, learnerId, reissuedAt.plusSeconds(60)));
		send(new CertificateSuspended("cert-other", enrolmentId, learnerId, reissuedAt));
		send(new CertificateIssued("cert-" + UUID.randomUUID(), marker, learnerId, "c", 1, "MARK-0000", issuedAt));
		await().atMost(PATIENCE).until(() -> get(client, marker).get("certificate") != null);

		assertThat(revoked).containsEntry("certificateId", certificateId)
			.containsEntry("verificationCode", "EFGH-5678")
			.containsEntry("issuedAt", reissuedAt.toString());
		assertThat(stored(enrolmentId)).isEqualTo(stored);
	}

	@Test
	void aCertificateOfAnUnknownEnrolmentIsRetriedAndThenDeadLettered() {
		String learnerId = "learner-" + UUID.randomUUID();
		CertificateIssued issued = new CertificateIssued("cert-" + UUID.randomUUID(), "unknown-" + UUID.randomUUID(),
				learnerId, "c", 1, "ABCD-1234", Instant.now());
		String eventId = UUID.randomUUID().toString();

		this.kafka.send(this.kafka.cloudEvent(issued, eventId));

		try (KafkaRecords.Reader dlt = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.deadLetter(Topics.CERTIFICATE_EVENTS))) {
			List<ConsumerRecord<String, String>> parked = await().atMost(PATIENCE)
				.until(() -> dlt.poll(hasKey(learnerId)), (records) -> !records.isEmpty());
			assertThat(parked).singleElement().satisfies((record) -> {
				assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(eventId);
				assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(EventType.CERTIFICATE_ISSUED.typeName());
				assertThat(header(record, "kafka_dlt-exception-cause-fqcn")).contains("EnrolmentNotFoundException");
			});
		}
	}

	private void send(academy.agora.events.Event event) {
		this.kafka.send(this.kafka.cloudEvent(event, UUID.randomUUID().toString()));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> awaitCertificate(WebTestClient client, String enrolmentId,
			java.util.function.Predicate<Map<String, Object>> condition) {
		return await().atMost(PATIENCE)
			.until(() -> (Map<String, Object>) get(client, enrolmentId).get("certificate"),
					(certificate) -> certificate != null && condition.test(certificate));
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

	private Map<String, Object> get(WebTestClient client, String enrolmentId) {
		return client.get()
			.uri("/api/enrolments/{id}", enrolmentId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private Document stored(String enrolmentId) {
		Document document = this.mongo.findById(enrolmentId, Document.class, "enrolments").block();
		document.remove("outbox");
		return document;
	}

}
