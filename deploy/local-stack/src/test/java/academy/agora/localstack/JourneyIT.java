package academy.agora.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.OAuth2Login;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first journey, across all three services and the identity provider with real
 * tokens, a real broker and a real MongoDB-wire server: an author publishes a course, a
 * learner completes it, exactly one certificate is issued and verifies as VALID. Then
 * every event is replayed from offset 0 and nothing may change.
 */
class JourneyIT {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@TempDir
	static Path data;

	static LocalStack stack;

	@BeforeAll
	static void start() {
		stack = LocalStack.start(Settings.isolated(data));
	}

	@AfterAll
	static void stop() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void aPublishedCourseCompletedByALearnerYieldsOneVerifiableCertificateEvenAfterAReplay() throws Exception {
		String author = OAuth2Login.accessToken(stack.issuer(), "elira", "demo");
		String learner = OAuth2Login.accessToken(stack.issuer(), "ana", "demo");
		WebTestClient courses = client("course-service");
		WebTestClient progress = client("progress-service");
		WebTestClient certificates = client("certificate-service");

		String courseId = (String) courses.post()
			.uri("/api/courses")
			.headers((headers) -> headers.setBearerAuth(author))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("defaultLanguage", "en", "title", Map.of("en", "Running a citizens' assembly"), "summary",
					Map.of("en", "From mandate to recommendations"), "modules",
					List.of(Map.of("id", "basics", "title", Map.of("en", "Basics"), "lessons", List.of(
							Map.of("id", "mandate", "title", Map.of("en", "Setting the mandate"), "content", Map
								.of("en", "The council decides in advance what it will do with the recommendations.")),
							Map.of("id", "lottery", "title", Map.of("en", "The civic lottery"), "content",
									Map.of("en",
											"Members are drawn at random, stratified to mirror the municipality.")))))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		courses.post()
			.uri("/api/courses/{id}/publish", courseId)
			.headers((headers) -> headers.setBearerAuth(author))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);

		// The course reaches the progress service as an event, so enrolment succeeds once
		// it arrived.
		String[] enrolmentId = new String[1];
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> enrolmentId[0] = (String) progress.post()
				.uri("/api/enrolments")
				.headers((headers) -> headers.setBearerAuth(learner))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("courseId", courseId))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody()
				.get("id"));
		for (String lesson : List.of("mandate", "lottery")) {
			progress.post()
				.uri("/api/enrolments/{id}/lessons/{lesson}/completion", enrolmentId[0], lesson)
				.headers((headers) -> headers.setBearerAuth(learner))
				.header(CloudEventHeaders.TRACEPARENT, "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
				.exchange()
				.expectStatus()
				.is2xxSuccessful();
		}
		progress.get()
			.uri("/api/enrolments/{id}", enrolmentId[0])
			.headers((headers) -> headers.setBearerAuth(learner))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED");

		await().atMost(Duration.ofSeconds(30)).until(() -> myCertificates(certificates, learner).size() == 1);
		String code = (String) myCertificates(certificates, learner).get(0).get("verificationCode");
		assertVerifiesAsValid(certificates, code);
		assertThat(traceparents(Topics.LEARNING_EVENTS, EventType.COURSE_COMPLETED))
			.as("the completion request's trace continues on its event")
			.singleElement()
			.asString()
			.contains(TRACE_ID);
		assertThat(traceparents(Topics.CERTIFICATE_EVENTS, EventType.CERTIFICATE_ISSUED))
			.as("and through the certificate service onto the event it caused")
			.singleElement()
			.asString()
			.contains(TRACE_ID);

		Map<TopicPartition, Long> endsBeforeReplay = endOffsets(Topics.LEARNING_EVENTS, Topics.CERTIFICATE_EVENTS);
		replayFromTheStart(
				Map.of("progress-service", Topics.COURSE_EVENTS, "certificate-service", Topics.LEARNING_EVENTS));

		assertThat(endOffsets(Topics.LEARNING_EVENTS, Topics.CERTIFICATE_EVENTS)).as("a replay publishes no new events")
			.isEqualTo(endsBeforeReplay);
		List<Map<String, Object>> afterReplay = myCertificates(client("certificate-service"), learner);
		assertThat(afterReplay).hasSize(1);
		assertThat(afterReplay.get(0).get("verificationCode")).isEqualTo(code);
		assertVerifiesAsValid(client("certificate-service"), code);
		client("progress-service").get()
			.uri("/api/enrolments")
			.headers((headers) -> headers.setBearerAuth(learner))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].status")
			.isEqualTo("COMPLETED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSampleCoursesAreInTheCatalogueInEnglishAndMacedonian() throws Exception {
		String learner = OAuth2Login.accessToken(stack.issuer(), "marko", "demo");
		for (Map.Entry<String, List<String>> language : Map.of("en",
				List.of("Organising a citizens' assembly in your municipality",
						"Participatory budgeting for municipalities"),
				"mk",
				List.of("Организирање граѓанско собрание во вашата општина", "Партиципативно буџетирање за општините"))
			.entrySet()) {
			Map<?, ?> page = client("course-service").get()
				.uri("/api/catalog?language={language}", language.getKey())
				.headers((headers) -> headers.setBearerAuth(learner))
				.header("Accept-Language", language.getKey())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
			assertThat(items).extracting((item) -> (String) item.get("title"))
				.as("catalogue in %s", language.getKey())
				.containsAll(language.getValue());
			assertThat(items).extracting((item) -> (String) item.get("language")).containsOnly(language.getKey());
		}
	}

	/**
	 * The issue's promise, end to end: a learner completes a sample course, quizzes
	 * included, finds the certificate within a second, downloads the PDF, and its QR code
	 * opens the public verification page.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aLearnerWhoCompletesASampleCourseGetsACertificateWhosePdfLinksToItsVerificationPage() throws Exception {
		String learner = OAuth2Login.accessToken(stack.issuer(), "marko", "demo");
		WebTestClient progress = client("progress-service");
		WebTestClient certificates = client("certificate-service");
		Map<String, Object> sample = JsonMapper.shared()
			.readValue(getClass().getResourceAsStream("/sample-courses/participatory-budgeting.json"), Map.class);
		String title = ((Map<String, String>) sample.get("title")).get("en");
		String courseId = await().atMost(Duration.ofSeconds(30))
			.until(() -> catalogueIdOf(learner, title), (id) -> id != null);

		String[] enrolment = new String[1];
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> enrolment[0] = (String) progress.post()
				.uri("/api/enrolments")
				.headers((headers) -> headers.setBearerAuth(learner))
				.bodyValue(Map.of("courseId", courseId))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody()
				.get("id"));
		for (Map<String, Object> module : (List<Map<String, Object>>) sample.get("modules")) {
			for (Map<String, Object> lesson : (List<Map<String, Object>>) module.get("lessons")) {
				progress.post()
					.uri("/api/enrolments/{id}/lessons/{lesson}/completion", enrolment[0], lesson.get("id"))
					.headers((headers) -> headers.setBearerAuth(learner))
					.exchange()
					.expectStatus()
					.is2xxSuccessful();
			}
			for (Map<String, Object> quiz : (List<Map<String, Object>>) module.get("quizzes")) {
				progress.post()
					.uri("/api/enrolments/{id}/quizzes/{quiz}/attempts", enrolment[0], quiz.get("id"))
					.headers((headers) -> headers.setBearerAuth(learner))
					.bodyValue(Map.of("answers", correctAnswers(quiz)))
					.exchange()
					.expectStatus()
					.isCreated()
					.expectBody()
					.jsonPath("$.passed")
					.isEqualTo(true);
			}
		}
		long completed = System.nanoTime();

		// Measured here and reported; the benchmarks measure it properly.
		List<Map<String, Object>> mine = await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> myCertificates(certificates, learner), (found) -> !found.isEmpty());
		System.out.printf("Completion to certificate in /api/certificates/mine: %d ms%n",
				Duration.ofNanos(System.nanoTime() - completed).toMillis());
		Map<String, Object> certificate = mine.get(0);
		byte[] pdf = certificates.get()
			.uri("/api/certificates/{id}/pdf", certificate.get("id"))
			.headers((headers) -> headers.setBearerAuth(learner))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		String link;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Marko Jovanović").contains(title);
			link = new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(
						new BufferedImageLuminanceSource(new PDFRenderer(document).renderImageWithDPI(0, 150)))))
				.getText();
		}
		// The QR code opens the web application's verification page.
		assertThat(link).isEqualTo(stack.url(LocalStack.WEB) + "/verify/" + certificate.get("verificationCode"));
		String page = WebTestClient.bindToServer()
			.build()
			.get()
			.uri(link)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Marko Jovanović").contains((String) certificate.get("verificationCode"));
	}

	@SuppressWarnings("unchecked")
	private static String catalogueIdOf(String token, String title) {
		Map<String, Object> page = client("course-service").get()
			.uri("/api/catalog?language=en&size=100")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.filter((item) -> title.equals(item.get("title")))
			.map((item) -> (String) item.get("id"))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> correctAnswers(Map<String, Object> quiz) {
		Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
		for (Map<String, Object> question : (List<Map<String, Object>>) quiz.get("questions")) {
			answers.put((String) question.get("id"),
					((List<Map<String, Object>>) question.get("options")).stream()
						.filter((option) -> Boolean.TRUE.equals(option.get("correct")))
						.map((option) -> (String) option.get("id"))
						.toList());
		}
		return answers;
	}

	private static List<String> traceparents(String topic, EventType type) {
		return KafkaRecords.awaitRecords(stack.kafkaBootstrapServers(), topic, KafkaRecords.hasType(type), 1)
			.stream()
			.map((record) -> KafkaRecords.header(record, CloudEventHeaders.TRACEPARENT))
			.toList();
	}

	private static void assertVerifiesAsValid(WebTestClient certificates, String code) {
		certificates.get()
			.uri("/api/verify/{code}", code)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("VALID")
			.jsonPath("$.courseTitle")
			.isEqualTo("Running a citizens' assembly")
			.jsonPath("$.learnerName")
			.isEqualTo("Ana Petrovska")
			.jsonPath("$.issuedAt")
			.exists();
		certificates.get()
			.uri("/api/verify/{code}", "ZZZZ-ZZZZ-ZZZZ-ZZZZ")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> myCertificates(WebTestClient certificates, String token) {
		return (List<Map<String, Object>>) (List<?>) certificates.get()
			.uri("/api/certificates/mine")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Stops the consuming services, rewinds their consumer groups to offset 0, starts
	 * them again and waits until they have consumed everything once more.
	 */
	private static void replayFromTheStart(Map<String, String> topicByGroup) throws Exception {
		topicByGroup.keySet().forEach(stack::stopService);
		try (Admin admin = admin()) {
			for (Map.Entry<String, String> group : topicByGroup.entrySet()) {
				Map<TopicPartition, OffsetAndMetadata> rewind = partitions(admin, group.getValue()).stream()
					.collect(Collectors.toMap((partition) -> partition, (partition) -> new OffsetAndMetadata(0)));
				admin.alterConsumerGroupOffsets(group.getKey(), rewind).all().get();
			}
			topicByGroup.keySet().forEach(stack::startService);
			for (Map.Entry<String, String> group : topicByGroup.entrySet()) {
				Map<TopicPartition, Long> ends = endOffsets(group.getValue());
				await().atMost(Duration.ofSeconds(60)).until(() -> {
					Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
						.partitionsToOffsetAndMetadata()
						.get();
					return ends.entrySet()
						.stream()
						.allMatch((end) -> end.getValue() == 0 || (committed.get(end.getKey()) != null
								&& committed.get(end.getKey()).offset() >= end.getValue()));
				});
			}
		}
	}

	private static Map<TopicPartition, Long> endOffsets(String... topics) throws Exception {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
			for (String topic : topics) {
				partitions(admin, topic).forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
			}
			return admin.listOffsets(latest)
				.all()
				.get()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
		}
	}

	private static Set<TopicPartition> partitions(Admin admin, String topic) throws Exception {
		return admin.describeTopics(List.of(topic))
			.allTopicNames()
			.get()
			.get(topic)
			.partitions()
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.collect(Collectors.toSet());
	}

	private static Admin admin() {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
		return Admin.create(properties);
	}

	static WebTestClient client(String service) {
		return WebTestClient.bindToServer().baseUrl(stack.url(service)).responseTimeout(Duration.ofSeconds(20)).build();
	}

}
