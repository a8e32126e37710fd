package academy.agora.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.Completion;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.CohortPlanned;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.testsupport.KafkaRecords.hasKey;
import static academy.agora.testsupport.KafkaRecords.hasType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * A certificate's whole life through the running service, on a real broker and the
 * Mongo-wire server: issued exactly once however completions arrive, printed, signed,
 * suspended, reinstated, re-issued and revoked by a coordinator, each step announced once
 * and reflected in the public status lists.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "spring.config.name=certificate-service",
				"spring.kafka.consumer.group-id=certificate-service-lifecycle-it" })
@DirtiesContext
class CertificateLifecycleIT {

	private static final String DATABASE = "certificate-lifecycle-it-" + UUID.randomUUID();

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static KafkaRecords.Sender progressService;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CertificateIssuing issuing;

	/**
	 * Chosen before the application starts, because the links it signs and prints must
	 * name the port it listens on.
	 */
	private final int port = PORT;

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, DATABASE);
		registry.add("server.port", () -> PORT);
		registry.add("agora.certificates.public-base-url", () -> "http://localhost:" + PORT);
	}

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@BeforeAll
	static void kafkaClients() {
		progressService = KafkaRecords.sender(TestInfrastructure.get().kafkaBootstrapServers(), "/progress-service");
	}

	@AfterAll
	static void closeKafkaClients() {
		progressService.close();
	}

	@Test
	void duplicatedAndConcurrentCompletionsIssueExactlyOneCertificate() throws Exception {
		String learner = "learner-" + UUID.randomUUID();
		CourseCompleted completion = completion(learner, "Ана Трајковска");
		// Redeliveries and replays under new event ids, through the broker...
		for (int i = 0; i < 5; i++) {
			progressService.send(progressService.cloudEvent(completion, UUID.randomUUID().toString()));
		}
		// ...and the same completion handled by eight writers at once, as two replicas of
		// the service racing each other would.
		Completion same = new Completion(completion.enrolmentId(), learner, completion.learnerName(), "Ohrid", null,
				null, completion.courseId(), completion.courseVersion(), completion.courseTitle(), Map.of(), null, null,
				completion.completedAt(), false, null);
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> races = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				races.add(() -> this.issuing.issue(same).block(PATIENCE).newlyIssued());
			}
			long newlyIssued = 0;
			for (Future<Boolean> outcome : writers.invokeAll(races)) {
				newlyIssued += outcome.get() ? 1 : 0;
			}
			assertThat(newlyIssued).isLessThanOrEqualTo(1);
		}
		finally {
			writers.shutdown();
		}

		List<Map<String, Object>> mine = await().atMost(PATIENCE)
			.until(() -> mine(learner), (certificates) -> !certificates.isEmpty());
		List<ConsumerRecord<String, String>> announced = KafkaRecords.awaitRecords(
				TestInfrastructure.get().kafkaBootstrapServers(), Topics.CERTIFICATE_EVENTS,
				hasKey(learner).and(hasType(EventType.CERTIFICATE_ISSUED)), 1);
		// Everything sent before is handled once a later record of the same learner is.
		String marker = issue(completion(learner, "Ана Трајковска"));
		assertThat(mine(learner)).hasSize(2).extracting((c) -> c.get("id")).contains(marker, mine.get(0).get("id"));
		assertThat(KafkaRecords.readToEnd(TestInfrastructure.get().kafkaBootstrapServers(), Topics.CERTIFICATE_EVENTS))
			.filteredOn(hasKey(learner).and(hasType(EventType.CERTIFICATE_ISSUED)))
			.hasSize(2);
		assertThat(announced).hasSize(1);
	}

	@Test
	void theHolderDownloadsAPdfThatPrintsTheCyrillicNameAndWhoseQrCodeOpensTheVerificationPage() throws Exception {
		String learner = "learner-" + UUID.randomUUID();
		String id = issue(completion(learner, "Ана Трајковска"));
		Map<String, Object> certificate = as(learner, "learner").get()
			.uri("/api/certificates/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();

		byte[] pdf = as(learner, "learner").get()
			.uri("/api/certificates/{id}/pdf", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Ана Трајковска")
				.contains((String) certificate.get("verificationCode"));
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			String link = new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
				.getText();
			assertThat(link)
				.isEqualTo("http://localhost:" + this.port + "/verify/" + certificate.get("verificationCode"))
				.isEqualTo(certificate.get("verificationUrl"));
		}
		as("someone-else", "learner").get()
			.uri("/api/certificates/{id}/pdf", id)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theCredentialVerifiesWithAnIndependentLibraryThroughThePublishedKeysAlone() throws Exception {
		String learner = "learner-" + UUID.randomUUID();
		String id = issue(completion(learner, "Marko Marković"));

		String jwt = as(learner, "learner").get()
			.uri("/api/certificates/{id}/credential", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/vc+jwt")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		JwtClaims claims = verifier().processToClaims(jwt);
		assertThat(claims.getStringListClaimValue("type")).contains("OpenBadgeCredential");
		assertThat(claims.getClaimValueAsString("id")).endsWith("/api/certificates/" + id + "/credential");
		String[] parts = jwt.split("\\.");
		String forged = parts[0] + "." + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[1])).replace("Marko", "Darko").getBytes())
				+ "." + parts[2];
		assertThatExceptionOfType(InvalidJwtException.class).isThrownBy(() -> verifier().processToClaims(forged));
	}

	@Test
	@SuppressWarnings("unchecked")
	void suspendReinstateReissueAndRevokeAreAnnouncedOnceAndShowInTheStatusLists() throws Exception {
		String learner = "learner-" + UUID.randomUUID();
		String id = issue(completion(learner, "Ana Petrović"));
		String firstCode = (String) get(id).get("verificationCode");
		Map<String, Object> firstStatus = credentialStatus(learner, id);
		WebTestClient coordinator = as("ivana", "coordinator");

		for (int i = 0; i < 2; i++) {
			act(coordinator, id, "suspension", Map.of("reason", "A complaint is being looked into")).isOk();
		}
		assertThat(bit(firstStatus, "suspension")).isTrue();
		verify(firstCode, "SUSPENDED");
		act(coordinator, id, "reinstatement", Map.of("reason", "The complaint was unfounded")).isOk();
		act(coordinator, id, "reinstatement", Map.of("reason", "The complaint was unfounded")).isOk();
		assertThat(bit(firstStatus, "suspension")).isFalse();
		verify(firstCode, "VALID");

		Map<String, Object> reissued = act(coordinator, id, "name-correction",
				Map.of("name", "Ana Petrović-Horvat", "reason", "Name changed at marriage"))
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		String secondCode = (String) reissued.get("verificationCode");
		assertThat(secondCode).isNotEqualTo(firstCode);
		verify(firstCode, "SUPERSEDED").jsonPath("$.learnerName").isEqualTo("Ana Petrović");
		verify(secondCode, "VALID").jsonPath("$.learnerName").isEqualTo("Ana Petrović-Horvat");
		assertThat(bit(firstStatus, "revocation")).as("the superseded credential is revoked").isTrue();
		Map<String, Object> secondStatus = credentialStatus(learner, id);
		assertThat(bit(secondStatus, "revocation")).isFalse();

		act(coordinator, id, "revocation", Map.of("reason", "Issued in error")).isOk();
		act(coordinator, id, "revocation", Map.of("reason", "Issued in error")).isOk();
		verify(secondCode, "REVOKED");
		assertThat(bit(secondStatus, "revocation")).isTrue();
		act(coordinator, id, "reinstatement", Map.of("reason", "Undo")).isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		List<ConsumerRecord<String, String>> events = KafkaRecords
			.readToEnd(TestInfrastructure.get().kafkaBootstrapServers(), Topics.CERTIFICATE_EVENTS);
		assertThat(events).filteredOn(hasKey(learner))
			.extracting((record) -> KafkaRecords.header(record, "ce_type"))
			.containsExactly(EventType.CERTIFICATE_ISSUED.typeName(), EventType.CERTIFICATE_SUSPENDED.typeName(),
					EventType.CERTIFICATE_REINSTATED.typeName(), EventType.CERTIFICATE_REISSUED.typeName(),
					EventType.CERTIFICATE_REVOKED.typeName());
		assertThat((List<Map<String, Object>>) get(id).get("history")).extracting((step) -> step.get("action"))
			.containsExactly("ISSUED", "SUSPENDED", "REINSTATED", "REISSUED", "REVOKED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aCourseRequiringApprovalHoldsCertificatesUntilACoordinatorApprovesOneOrACohortAtOnce() {
		String cohort = "cohort-" + UUID.randomUUID();
		progressService.send(
				progressService.cloudEvent(
						new CohortPlanned(cohort, "course-1", "Mayors, spring", "Kičevo", LocalDate.now(),
								LocalDate.now().plusWeeks(4), "ivana", Instant.now(), null),
						UUID.randomUUID().toString()));
		List<String> learners = List.of("a", "b", "c", "d").stream().map((n) -> n + "-" + UUID.randomUUID()).toList();
		List<String> ids = learners.stream().map((learner) -> issue(pending(learner, cohort))).toList();
		Map<String, Object> pending = mine(learners.get(0)).get(0);
		assertThat(pending).containsEntry("status", "PENDING").containsEntry("verificationUrl", null);
		verifyNotFound((String) pending.get("verificationCode"));

		// The learners are from another municipality; ivana reaches them through the
		// cohort she runs, once its plan has arrived.
		WebTestClient ivana = as("ivana", "coordinator");
		await().atMost(PATIENCE)
			.until(() -> ivana.get()
				.uri("/api/certificates?status=pending&cohortId={cohort}", cohort)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBodyList(JSON)
				.returnResult()
				.getResponseBody()
				.size() == 4);
		act(ivana, ids.get(0), "approval", Map.of()).isOk();
		verify((String) pending.get("verificationCode"), "VALID");

		Map<String, Object> job = ivana.post()
			.uri("/api/certificates/approvals")
			.bodyValue(Map.of("cohortId", cohort))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectHeader()
			.valueMatches("Location", "/api/bulk-jobs/.+")
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(job).containsEntry("total", 3);
		Map<String, Object> finished = await().atMost(PATIENCE)
			.until(() -> ivana.get()
				.uri("/api/bulk-jobs/{id}", job.get("id"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(JSON)
				.returnResult()
				.getResponseBody(), (progress) -> "DONE".equals(progress.get("status")));
		assertThat(finished).containsEntry("done", 3).containsEntry("failed", 0);
		for (String learner : learners) {
			assertThat(mine(learner)).singleElement().satisfies((certificate) -> {
				assertThat(certificate).containsEntry("status", "VALID");
				verify((String) certificate.get("verificationCode"), "VALID");
			});
		}
		as("petar", "coordinator", "Tirana").get()
			.uri("/api/bulk-jobs/{id}", job.get("id"))
			.exchange()
			.expectStatus()
			.isNotFound();
		List<ConsumerRecord<String, String>> issued = KafkaRecords
			.readToEnd(TestInfrastructure.get().kafkaBootstrapServers(), Topics.CERTIFICATE_EVENTS);
		for (String learner : learners) {
			assertThat(issued).filteredOn(hasKey(learner).and(hasType(EventType.CERTIFICATE_ISSUED))).hasSize(1);
		}
	}

	@Test
	void coordinatorsOutOfScopeAndLearnersCannotActAndBadInputChangesNothing() {
		String learner = "learner-" + UUID.randomUUID();
		String id = issue(completion(learner, "Ana Petrović"));
		Map<String, Object> before = get(id);

		act(as("petar", "coordinator", "Tirana"), id, "revocation", Map.of("reason", "No")).isNotFound();
		act(as(learner, "learner"), id, "revocation", Map.of("reason", "No")).isForbidden();
		act(as("ivana", "coordinator"), id, "revocation", Map.of("reason", " ")).isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		act(as("ivana", "coordinator"), id, "name-correction", Map.of("name", "x".repeat(201), "reason", "Typo"))
			.isBadRequest();
		act(as("ivana", "coordinator"), "no-such-certificate", "suspension", Map.of("reason", "No")).isNotFound();
		as("ivana", "coordinator").get()
			.uri("/api/certificates?status=lost")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");

		assertThat(get(id)).isEqualTo(before);
	}

	private static CourseCompleted pending(String learnerId, String cohortId) {
		return new CourseCompleted("enrolment-" + UUID.randomUUID(), learnerId, "Learner " + learnerId, "course-1", 1,
				"Running a civic lottery", Instant.now().truncatedTo(ChronoUnit.MILLIS), "Kičevo",
				Map.of("en", "Running a civic lottery"), "en", null, cohortId, 12, true, null, null);
	}

	private void verifyNotFound(String code) {
		anonymous().get().uri("/api/verify/{code}", code).exchange().expectStatus().isNotFound();
	}

	private String issue(CourseCompleted completion) {
		progressService.send(progressService.cloudEvent(completion, UUID.randomUUID().toString()));
		return await().atMost(PATIENCE)
			.until(() -> mine(completion.learnerId()).stream()
				.filter((certificate) -> completion.enrolmentId().equals(certificate.get("enrolmentId")))
				.map((certificate) -> (String) certificate.get("id"))
				.findFirst()
				.orElse(null), (found) -> found != null);
	}

	private List<Map<String, Object>> mine(String learner) {
		return as(learner, "learner").get()
			.uri("/api/certificates/mine")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(JSON)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> get(String id) {
		return as("admin", "admin").get()
			.uri("/api/certificates/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private StatusAssertions act(WebTestClient client, String id, String action, Map<String, ?> body) {
		return client.post()
			.uri("/api/certificates/{id}/{action}", id, action)
			.bodyValue(body)
			.exchange()
			.expectStatus();
	}

	private WebTestClient.BodyContentSpec verify(String code, String status) {
		return anonymous().get()
			.uri("/api/verify/{code}", code)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status);
	}

	/** The credential's status entries by purpose, as a verifier reads them. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> credentialStatus(String learner, String id) throws Exception {
		String jwt = as(learner, "learner").get()
			.uri("/api/certificates/{id}/credential", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> entries = (List<Map<String, Object>>) verifier().processToClaims(jwt)
			.getClaimValue("credentialStatus");
		Map<String, Object> byPurpose = new java.util.HashMap<>();
		entries.forEach((entry) -> byPurpose.put((String) entry.get("statusPurpose"), entry));
		return byPurpose;
	}

	/**
	 * Reads a credential's bit from the public, signed status list, as a verifier does.
	 */
	@SuppressWarnings("unchecked")
	private boolean bit(Map<String, Object> status, String purpose) throws Exception {
		Map<String, Object> entry = (Map<String, Object>) status.get(purpose);
		String list = anonymous().get()
			.uri((String) entry.get("statusListCredential"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> subject = (Map<String, Object>) verifier().processToClaims(list)
			.getClaimValue("credentialSubject");
		byte[] bits = gunzip((String) subject.get("encodedList"));
		int index = Integer.parseInt((String) entry.get("statusListIndex"));
		return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
	}

	private static byte[] gunzip(String encodedList) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(
				new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
			return in.readAllBytes();
		}
	}

	/** A verifier that knows nothing but the published key set's URL. */
	private JwtConsumer verifier() {
		HttpsJwks keys = new HttpsJwks("http://localhost:" + this.port + "/.well-known/jwks.json");
		return new JwtConsumerBuilder().setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
			.setSkipDefaultAudienceValidation()
			.setAllowedClockSkewInSeconds(60)
			.build();
	}

	private WebTestClient anonymous() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	private WebTestClient as(String subject, String role) {
		return as(subject, role, "Ohrid");
	}

	private WebTestClient as(String subject, String role, String municipality) {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.build()
			.mutateWith(mockJwt()
				.jwt((jwt) -> jwt.subject(subject).claim("roles", List.of(role)).claim("municipality", municipality))
				.authorities(new SimpleGrantedAuthority("ROLE_" + role)));
	}

	private static CourseCompleted completion(String learnerId, String name) {
		return new CourseCompleted("enrolment-" + UUID.randomUUID(), learnerId, name, "course-" + UUID.randomUUID(), 3,
				"Running a civic lottery", Instant.now().truncatedTo(ChronoUnit.MILLIS), "Ohrid",
				Map.of("en", "Running a civic lottery"), "en", null);
	}

}
