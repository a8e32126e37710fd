package academy.agora.progress.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.Event;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.events.progress.QuizGraded;
import academy.agora.progress.CourseFixtures;
import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.testsupport.KafkaRecords.hasKey;
import static academy.agora.testsupport.KafkaRecords.hasType;
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

	@Test
	void aGradedQuizAndTheCompletionItCausesAreAnnouncedWithTheirContent() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient client = client().mutateWith(Tokens.learner(learnerId, "Ana Petrovska", "mk"));
		String courseId = publishedWithQuizzes();
		String enrolmentId = enrol(client, courseId);
		for (String lesson : List.of("mandate", "lottery", "facilitation")) {
			client.post()
				.uri("/api/enrolments/{id}/lessons/{lessonId}/completion", enrolmentId, lesson)
				.exchange()
				.expectStatus()
				.isCreated();
		}
		client.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", enrolmentId)
			.bodyValue(Map.of("answers", CourseFixtures.basics(List.of("a"), List.of("x"))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.enrolmentStatus")
			.isEqualTo("COMPLETED");

		List<ConsumerRecord<String, String>> records;
		try (KafkaRecords.Reader learning = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.LEARNING_EVENTS)) {
			await().atMost(PATIENCE).until(() -> learning.poll(hasKey(learnerId)).size() >= 6);
			records = await().during(Duration.ofSeconds(2))
				.atMost(PATIENCE)
				.until(() -> learning.poll(hasKey(learnerId)), (received) -> received.size() == 6);
		}

		assertThat(records).extracting((record) -> header(record, CloudEventHeaders.TYPE))
			.containsExactly(EventType.LEARNER_ENROLLED.typeName(), EventType.LESSON_COMPLETED.typeName(),
					EventType.LESSON_COMPLETED.typeName(), EventType.LESSON_COMPLETED.typeName(),
					"academy.agora.progress.quiz.graded.v1", EventType.COURSE_COMPLETED.typeName());
		assertThat(records).extracting((record) -> header(record, CloudEventHeaders.ID)).doesNotHaveDuplicates();
		assertThat(records.subList(4, 6)).allSatisfy((record) -> {
			assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/progress-service");
			assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
			assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBeforeOrEqualTo(Instant.now());
			assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
			assertThat(record.key()).isEqualTo(learnerId);
		});
		QuizGraded graded = (QuizGraded) decode(records.get(4));
		CourseCompleted completed = (CourseCompleted) decode(records.get(5));
		assertThat(graded)
			.isEqualTo(new QuizGraded(enrolmentId, learnerId, courseId, 1, "basics", 1, 50, true, graded.gradedAt()));
		assertThat(graded.gradedAt()).isBeforeOrEqualTo(Instant.now());
		assertThat(completed)
			.isEqualTo(new CourseCompleted(enrolmentId, learnerId, "Ana Petrovska", courseId, 1, CourseFixtures.TITLE,
					graded.gradedAt(), "Kragujevac", Map.of("en", CourseFixtures.TITLE, "mk", "Граѓански собранија"),
					"mk", new CourseCompleted.ScoreSummary(1, 50), null, 6, false, null, null));
		assertThat(records.get(5).value()).contains("\"scoreSummary\":{\"quizzesPassed\":1,\"averageScore\":50}");
	}

	/**
	 * The last lesson and the last quiz of twenty enrolments, each pair sent at the same
	 * moment: whichever write comes second sees the other's, so each enrolment completes
	 * in exactly one of the two writes.
	 */
	@Test
	void theLastTwoRequirementsMetConcurrentlyCompleteTheCourseExactlyOnce() {
		String courseId = publishedWithQuizzes();
		List<String> learners = Flux.range(0, 20).map((i) -> "learner-" + UUID.randomUUID()).collectList().block();
		Map<String, String> enrolments = new ConcurrentHashMap<>();
		for (String learner : learners) {
			WebTestClient client = client().mutateWith(Tokens.learner(learner, "Ana"));
			String enrolmentId = enrol(client, courseId);
			enrolments.put(learner, enrolmentId);
			for (String lesson : List.of("mandate", "lottery")) {
				client.post()
					.uri("/api/enrolments/{id}/lessons/{lessonId}/completion", enrolmentId, lesson)
					.exchange()
					.expectStatus()
					.isCreated();
			}
		}

		List<Integer> statuses = Flux.fromIterable(learners).flatMap((learner) -> {
			WebTestClient client = client().mutateWith(Tokens.learner(learner, "Ana"));
			String enrolmentId = enrolments.get(learner);
			CyclicBarrier together = new CyclicBarrier(2);
			Mono<Integer> lesson = Mono.fromCallable(() -> {
				together.await(10, TimeUnit.SECONDS);
				return client.post()
					.uri("/api/enrolments/{id}/lessons/facilitation/completion", enrolmentId)
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value();
			}).subscribeOn(Schedulers.boundedElastic());
			Mono<Integer> quiz = Mono.fromCallable(() -> {
				together.await(10, TimeUnit.SECONDS);
				return client.post()
					.uri("/api/enrolments/{id}/quizzes/basics/attempts", enrolmentId)
					.bodyValue(Map.of("answers", CourseFixtures.basics(List.of("a"), List.of("x", "y"))))
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value();
			}).subscribeOn(Schedulers.boundedElastic());
			return Flux.merge(lesson, quiz);
		}, 5).collectList().block();

		assertThat(statuses).hasSize(40).containsOnly(201);
		assertThat(enrolments.values()).allSatisfy(
				(id) -> assertThat(this.mongo.findById(id, Document.class, "enrolments").block().getString("status"))
					.isEqualTo("COMPLETED"));
		Set<String> ids = Set.copyOf(enrolments.values());
		Predicate<ConsumerRecord<String, String>> completionOfThese = hasType(EventType.COURSE_COMPLETED)
			.and((record) -> ids.contains(((CourseCompleted) decode(record)).enrolmentId()));
		List<ConsumerRecord<String, String>> completions;
		try (KafkaRecords.Reader learning = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.LEARNING_EVENTS)) {
			await().atMost(PATIENCE).until(() -> learning.poll(completionOfThese).size() >= 20);
			completions = await().during(Duration.ofSeconds(2))
				.atMost(PATIENCE)
				.until(() -> learning.poll(completionOfThese), (received) -> received.size() == 20);
		}
		assertThat(completions).extracting((record) -> ((CourseCompleted) decode(record)).enrolmentId())
			.containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void aRepeatedOrReplayedCompletionRequestChangesNothing() {
		String learnerId = "learner-" + UUID.randomUUID();
		WebTestClient client = client().mutateWith(Tokens.learner(learnerId, "Ana"));
		String courseId = "replay-" + UUID.randomUUID();
		this.courseVersions.record(new CourseVersion(courseId, 1, "Facilitation", "en", List
			.of(new CourseVersion.Lesson("intro", "Introduction"), new CourseVersion.Lesson("practice", "Practice")),
				Instant.now()))
			.block();
		String enrolmentId = enrol(client, courseId);
		String completion = "/api/enrolments/" + enrolmentId + "/lessons/intro/completion";
		client.post().uri(completion).exchange().expectStatus().isCreated();
		Document before = this.mongo.findById(enrolmentId, Document.class, "enrolments").block();

		List<Integer> statuses = Flux.range(0, 6)
			.flatMap((i) -> Mono
				.fromCallable(
						() -> client.post().uri(completion).exchange().returnResult(String.class).getStatus().value())
				.subscribeOn(Schedulers.boundedElastic()), 6)
			.collectList()
			.block();

		assertThat(statuses).containsOnly(200);
		Document after = this.mongo.findById(enrolmentId, Document.class, "enrolments").block();
		assertThat(after.get("revision")).isEqualTo(before.get("revision"));
		assertThat(after.get("lessons")).isEqualTo(before.get("lessons"));
		try (KafkaRecords.Reader learning = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.LEARNING_EVENTS)) {
			await().atMost(PATIENCE).until(() -> learning.poll(hasKey(learnerId)).size() >= 2);
			List<ConsumerRecord<String, String>> records = await().during(Duration.ofSeconds(2))
				.atMost(PATIENCE)
				.until(() -> learning.poll(hasKey(learnerId)), (received) -> received.size() == 2);
			assertThat(records).extracting((record) -> header(record, CloudEventHeaders.TYPE))
				.containsExactly(EventType.LEARNER_ENROLLED.typeName(), EventType.LESSON_COMPLETED.typeName());
		}
	}

	private WebTestClient client() {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
	}

	private String publishedWithQuizzes() {
		String courseId = "quizzes-" + UUID.randomUUID();
		this.courseVersions
			.record(CourseVersion
				.of(CourseFixtures.published(courseId, 1, Instant.now().truncatedTo(ChronoUnit.MILLIS))))
			.block();
		return courseId;
	}

	private static String enrol(WebTestClient client, String courseId) {
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

	private static Event decode(ConsumerRecord<String, String> record) {
		return EventCodec.decode(EventType.fromTypeName(header(record, CloudEventHeaders.TYPE)).orElseThrow(),
				record.value());
	}

}
