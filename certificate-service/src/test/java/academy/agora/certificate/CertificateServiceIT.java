package academy.agora.certificate;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.Event;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.testsupport.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The service on a real Kafka broker and a MongoDB-wire server: completions arrive as
 * CloudEvents on {@value Topics#LEARNING_EVENTS}, certificates leave as
 * {@code CertificateIssued} on {@value Topics#CERTIFICATE_EVENTS}, and the HTTP API is
 * called through the running server (and, for signed-in calls, with a mock JWT).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=certificate-service")
@AutoConfigureWebTestClient
class CertificateServiceIT {

	private static final String DATABASE = "certificate-it-" + UUID.randomUUID();

	private static final String COLLECTION = "certificates";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static KafkaRecords.Sender progressService;

	private static KafkaRecords.Reader certificateEvents;

	private static KafkaRecords.Reader deadLetters;

	@Autowired
	private WebTestClient http;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, DATABASE);
	}

	@BeforeAll
	static void kafkaClients() {
		String bootstrapServers = TestInfrastructure.get().kafkaBootstrapServers();
		// Completions arrive the way the progress service's outbox relay publishes them.
		progressService = KafkaRecords.sender(bootstrapServers, "/progress-service");
		certificateEvents = KafkaRecords.reader(bootstrapServers, Topics.CERTIFICATE_EVENTS);
		deadLetters = KafkaRecords.reader(bootstrapServers, Topics.deadLetter(Topics.LEARNING_EVENTS));
	}

	@AfterAll
	static void closeKafkaClients() {
		progressService.close();
		certificateEvents.close();
		deadLetters.close();
	}

	@Test
	void aCompletionIssuesOneCertificateAnnouncedOnceWithCloudEventHeaders() {
		CourseCompleted completion = completion(learner());

		send(completion);
		Document certificate = awaitCertificate(completion.enrolmentId());

		assertThat(certificate.getString("_id")).isNotBlank();
		assertThat(certificate).containsEntry("learnerId", completion.learnerId())
			.containsEntry("learnerName", "Ana Petrović")
			.containsEntry("courseId", completion.courseId())
			.containsEntry("courseVersion", 3)
			.containsEntry("courseTitle", "Running a civic lottery")
			.containsEntry("status", "VALID");
		assertThat(certificate.getString("verificationCode")).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
		ConsumerRecord<String, String> announced = awaitAnnouncement(completion.enrolmentId());
		assertThat(announced.key()).isEqualTo(completion.learnerId());
		assertThat(header(announced, CloudEventHeaders.TYPE)).isEqualTo(EventType.CERTIFICATE_ISSUED.typeName());
		assertThat(header(announced, CloudEventHeaders.SOURCE)).isEqualTo("/certificate-service");
		assertThat(header(announced, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(announced, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(header(announced, CloudEventHeaders.ID)).isNotBlank();
		assertThat(Instant.parse(header(announced, CloudEventHeaders.TIME))).isNotNull();
		assertThat(issued(announced)).isEqualTo(new CertificateIssued(certificate.getString("_id"),
				completion.enrolmentId(), completion.learnerId(), completion.courseId(), 3,
				certificate.getString("verificationCode"), certificate.getDate("issuedAt").toInstant()));
		// Once published, the event leaves the document's outbox.
		await().atMost(PATIENCE)
			.until(() -> awaitCertificate(completion.enrolmentId()).getList("outbox", Document.class).isEmpty());
	}

	@Test
	void aRedeliveredOrReplayedCompletionIssuesNoSecondCertificate() {
		String learner = learner();
		CourseCompleted completion = completion(learner);
		String eventId = UUID.randomUUID().toString();
		send(completion, eventId);
		send(completion, eventId);
		send(completion, UUID.randomUUID().toString());
		// Same key, so same partition: once this one is done, the three above are too.
		CourseCompleted later = completion(learner);
		send(later);

		awaitCertificate(later.enrolmentId());
		awaitAnnouncement(later.enrolmentId());

		assertThat(certificatesOf(completion.enrolmentId())).hasSize(1);
		assertThat(announcementsOf(completion.enrolmentId())).hasSize(1);
		assertThat(deadLetters.poll()).noneMatch((record) -> learner.equals(record.key()));
	}

	@Test
	void otherEventTypesOnTheTopicAreSkipped() {
		String learner = learner();
		CourseCompleted completion = completion(learner);
		LessonCompleted lesson = new LessonCompleted(completion.enrolmentId(), learner, completion.courseId(), 3,
				"lesson-1", Instant.now());
		send(learner, EventType.LESSON_COMPLETED.typeName(), EventCodec.encode(lesson), UUID.randomUUID().toString());
		send(learner, "academy.agora.progress.course.completed.v2", "{\"whatever\":true}",
				UUID.randomUUID().toString());
		send(completion);

		awaitCertificate(completion.enrolmentId());

		assertThat(certificatesOf(completion.enrolmentId())).hasSize(1);
		assertThat(deadLetters.poll()).noneMatch((record) -> learner.equals(record.key()));
	}

	@Test
	void aPoisonRecordIsDeadLetteredWithItsHeadersAndTheNextRecordIsStillProcessed() {
		String learner = learner();
		String poisonId = UUID.randomUUID().toString();
		String poison = "{\"enrolmentId\": \"e-1\", \"learnerId\": ";
		send(learner, EventType.COURSE_COMPLETED.typeName(), poison, poisonId);
		CourseCompleted good = completion(learner);
		send(good);

		awaitCertificate(good.enrolmentId());
		ConsumerRecord<String, String> dead = await().atMost(PATIENCE)
			.until(() -> deadLetters.poll((record) -> poisonId.equals(header(record, CloudEventHeaders.ID)))
				.stream()
				.findFirst()
				.orElse(null), (record) -> record != null);
		assertThat(dead.key()).isEqualTo(learner);
		assertThat(dead.value()).isEqualTo(poison);
		assertThat(header(dead, CloudEventHeaders.TYPE)).isEqualTo(EventType.COURSE_COMPLETED.typeName());
		assertThat(header(dead, CloudEventHeaders.SOURCE)).isEqualTo("/progress-service");
		assertThat(header(dead, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(dead, CloudEventHeaders.TIME)).isNotBlank();
		assertThat(header(dead, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
	}

	@Test
	void aCodeVerifiesWithoutSignInAndStatesWhatTheCertificateSays() {
		CourseCompleted completion = completion(learner());
		Document certificate = issue(completion);
		String code = certificate.getString("verificationCode");

		this.http.get()
			.uri("/api/verify/{code}", code)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("no-store"))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("VALID")
			.jsonPath("$.courseTitle")
			.isEqualTo("Running a civic lottery")
			.jsonPath("$.courseVersion")
			.isEqualTo(3)
			.jsonPath("$.learnerName")
			.isEqualTo("Ana Petrović")
			.jsonPath("$.issuedAt")
			.isEqualTo(DateTimeFormatter.ISO_INSTANT.format(certificate.getDate("issuedAt").toInstant()))
			.jsonPath("$.verificationCode")
			.isEqualTo(code)
			.jsonPath("$.learnerId")
			.doesNotExist()
			.jsonPath("$.enrolmentId")
			.doesNotExist()
			.jsonPath("$.id")
			.doesNotExist();
	}

	@Test
	void aCodeTypedInLowerCaseWithoutHyphensVerifiesToo() {
		String code = issue(completion(learner())).getString("verificationCode");

		this.http.get()
			.uri("/api/verify/{code}", code.replace("-", "").toLowerCase())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.verificationCode")
			.isEqualTo(code);
		this.http.get()
			.uri("/api/verify/{code}", code.replace("-", " "))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.verificationCode")
			.isEqualTo(code);
	}

	@Test
	void aRevokedCertificateVerifiesAsRevokedAtOnce() {
		Document certificate = issue(completion(learner()));
		String code = certificate.getString("verificationCode");
		this.mongo
			.updateFirst(new Query(Criteria.where("_id").is(certificate.getString("_id"))),
					new Update().set("status", "REVOKED"), COLLECTION)
			.block(PATIENCE);

		this.http.get()
			.uri("/api/verify/{code}", code)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("no-store"))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REVOKED");
	}

	@Test
	void anUnknownCodeIsNotFound() {
		this.http.get()
			.uri("/api/verify/{code}", "0000-0000-0000-0000")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/certificate-not-found")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("No certificate has this verification code"));
	}

	@Test
	void aMalformedCodeIsNotFoundEither() {
		for (String malformed : List.of("not-a-code", "K7QM-3X9T-PD2W-HAUC", "K7QM-3X9T-PD2W-HA6C-K7QM", "€€€€-€€€€",
				"x".repeat(300))) {
			this.http.get()
				.uri("/api/verify/{code}", malformed)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://agora.academy/problems/certificate-not-found");
		}
	}

	@Test
	void aRequestTheFirewallRefusesIsAProblemToo() {
		this.http.get()
			.uri("/api/verify/%25E2%2582%25AC")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/rejected-request");
	}

	@Test
	void aLearnerSeesOnlyTheirOwnCertificates() {
		String ana = learner();
		String boris = learner();
		Document anas = issue(completion(ana));
		Document borises = issue(completion(boris));
		String code = anas.getString("verificationCode");

		signedIn(ana, "learner").get()
			.uri("/api/certificates/mine")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(anas.getString("_id"))
			.jsonPath("$[0].courseId")
			.isEqualTo(anas.getString("courseId"))
			.jsonPath("$[0].courseVersion")
			.isEqualTo(3)
			.jsonPath("$[0].courseTitle")
			.isEqualTo("Running a civic lottery")
			.jsonPath("$[0].learnerName")
			.isEqualTo("Ana Petrović")
			.jsonPath("$[0].issuedAt")
			.isEqualTo(DateTimeFormatter.ISO_INSTANT.format(anas.getDate("issuedAt").toInstant()))
			.jsonPath("$[0].status")
			.isEqualTo("VALID")
			.jsonPath("$[0].verificationCode")
			.isEqualTo(code)
			.jsonPath("$[0].verificationUrl")
			.isEqualTo("http://localhost:8083/verify/" + code)
			.jsonPath("$[0].learnerId")
			.doesNotExist();
		signedIn(boris, "learner").get()
			.uri("/api/certificates/mine")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(borises.getString("_id"));
		signedIn(learner(), "learner").get()
			.uri("/api/certificates/mine")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("[]");
	}

	@Test
	void withoutATokenMyCertificatesAreUnauthorized() {
		this.http.get()
			.uri("/api/certificates/mine")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.detail")
			.isEqualTo("Sign in to use this resource.");
	}

	@Test
	void anAuthorMayNotListCertificates() {
		signedIn(learner(), "author").get()
			.uri("/api/certificates/mine")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(403);
	}

	@Test
	void anUnknownRouteIsAProblemNotAnError() {
		signedIn(learner(), "learner").get()
			.uri("/api/certificates/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post()
			.uri("/api/verify/0000-0000-0000-0000")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isBetween(400, 499));
	}

	private WebTestClient signedIn(String subject, String role) {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.build()
			.mutateWith(mockJwt().jwt((jwt) -> jwt.subject(subject).claim("roles", List.of(role)))
				.authorities(new SimpleGrantedAuthority("ROLE_" + role)));
	}

	private static String learner() {
		return "learner-" + UUID.randomUUID();
	}

	private static CourseCompleted completion(String learnerId) {
		return new CourseCompleted("enrolment-" + UUID.randomUUID(), learnerId, "Ana Petrović",
				"course-" + UUID.randomUUID(), 3, "Running a civic lottery", Instant.now());
	}

	private Document issue(CourseCompleted completion) {
		send(completion);
		return awaitCertificate(completion.enrolmentId());
	}

	private static void send(Event event) {
		send(event, UUID.randomUUID().toString());
	}

	private static void send(Event event, String eventId) {
		progressService.send(progressService.cloudEvent(event, eventId));
	}

	private static void send(String key, String type, String payload, String eventId) {
		progressService.send(progressService.cloudEvent(Topics.LEARNING_EVENTS, key, eventId, type, payload));
	}

	private Document awaitCertificate(String enrolmentId) {
		return await().atMost(PATIENCE).until(() -> {
			List<Document> found = certificatesOf(enrolmentId);
			return found.isEmpty() ? null : found.get(0);
		}, (document) -> document != null);
	}

	private List<Document> certificatesOf(String enrolmentId) {
		return this.mongo.find(new Query(Criteria.where("enrolmentId").is(enrolmentId)), Document.class, COLLECTION)
			.collectList()
			.block(PATIENCE);
	}

	private static ConsumerRecord<String, String> awaitAnnouncement(String enrolmentId) {
		return await().atMost(PATIENCE).until(() -> {
			List<ConsumerRecord<String, String>> found = announcementsOf(enrolmentId);
			return found.isEmpty() ? null : found.get(0);
		}, (record) -> record != null);
	}

	private static List<ConsumerRecord<String, String>> announcementsOf(String enrolmentId) {
		return certificateEvents.poll(KafkaRecords.hasType(EventType.CERTIFICATE_ISSUED)
			.and((record) -> issued(record).enrolmentId().equals(enrolmentId)));
	}

	private static CertificateIssued issued(ConsumerRecord<String, String> record) {
		return (CertificateIssued) EventCodec.decode(EventType.CERTIFICATE_ISSUED, record.value());
	}

}
