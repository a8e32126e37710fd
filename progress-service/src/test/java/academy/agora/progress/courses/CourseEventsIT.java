package academy.agora.progress.courses;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.course.CoursePublished;
import academy.agora.events.course.CourseRetired;
import academy.agora.progress.CourseFixtures;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static academy.agora.testsupport.KafkaRecords.hasKey;
import static academy.agora.testsupport.KafkaRecords.header;
import static academy.agora.testsupport.KafkaRecords.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read model of published course versions, fed through a real broker.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-course-events-it" })
@DirtiesContext
class CourseEventsIT {

	private static final String COLLECTION = "course_versions";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-course-events-it");
	}

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private CourseVersions courseVersions;

	private final KafkaRecords.Sender kafka = KafkaRecords.sender(TestInfrastructure.get().kafkaBootstrapServers(),
			"/course-service");

	@AfterEach
	void closeClients() {
		this.kafka.close();
	}

	@Test
	void aPublishedCourseVersionAppearsInTheReadModelAndReplayingItChangesNothing() {
		String courseId = "lottery-" + UUID.randomUUID();
		ProducerRecord<String, String> published = coursePublished(courseId, 1, "Civic lotteries");

		this.kafka.send(published);
		Document stored = await().atMost(PATIENCE)
			.until(() -> storedVersion(courseId, 1), (document) -> document != null);

		assertThat(stored.getString("courseId")).isEqualTo(courseId);
		assertThat(stored.getInteger("version")).isEqualTo(1);
		assertThat(stored.getString("title")).isEqualTo("Civic lotteries");
		assertThat(stored.getString("language")).isEqualTo("hr");
		assertThat(stored.getList("lessons", Document.class)).extracting((lesson) -> lesson.getString("id"))
			.containsExactly("why-sortition", "stratified-draw");
		assertThat(stored.getList("lessons", Document.class)).extracting((lesson) -> lesson.getString("title"))
			.containsExactly("Why sortition", "The stratified draw");

		// The same record twice more: a redelivery, and a replay of the topic.
		this.kafka.send(published);
		this.kafka.send(published);
		// A published version is immutable: whatever arrives later for it is ignored.
		this.kafka.send(coursePublished(courseId, 1, "Civic lotteries, edited afterwards"));
		// Version 2 has the same key, so the same partition: once it is stored, the
		// replays before it have been handled too.
		this.kafka.send(coursePublished(courseId, 2, "Civic lotteries, second edition"));
		await().atMost(PATIENCE).until(() -> storedVersion(courseId, 2) != null);

		assertThat(storedVersion(courseId, 1)).isEqualTo(stored);
		assertThat(this.mongo.count(new Query(Criteria.where("courseId").is(courseId)), COLLECTION).block())
			.isEqualTo(2);
		assertThat(this.courseVersions.findLatest(courseId).block().title())
			.isEqualTo("Civic lotteries, second edition");
	}

	@Test
	void aVersionArrivingAfterALaterOneIsStoredWholeWithoutDisplacingIt() {
		String courseId = "assemblies-" + UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		CoursePublished first = CourseFixtures.published(courseId, 1, now.minusSeconds(60));
		CoursePublished second = new CoursePublished(courseId, 2, "Citizens' assemblies, second edition", "en",
				List.of(new CoursePublished.Lesson("mandate", "Setting the mandate")), now);

		this.kafka.send(this.kafka.cloudEvent(second, UUID.randomUUID().toString()));
		this.kafka.send(this.kafka.cloudEvent(first, UUID.randomUUID().toString()));
		await().atMost(PATIENCE).until(() -> storedVersion(courseId, 1) != null);
		assertThat(this.courseVersions.findLatest(courseId).block().version()).as("new learners still get v2")
			.isEqualTo(2);
		// And the older one once more, as a replay would send it.
		this.kafka.send(this.kafka.cloudEvent(first, UUID.randomUUID().toString()));
		this.kafka.send(coursePublished(courseId, 3, "marker"));
		await().atMost(PATIENCE).until(() -> storedVersion(courseId, 3) != null);

		assertThat(this.courseVersions.find(courseId, 1).block()).isEqualTo(CourseVersion.of(first));
		assertThat(this.courseVersions.find(courseId, 2).block()).isEqualTo(CourseVersion.of(second));
		assertThat(this.courseVersions.find(courseId, 4).block()).isNull();
		assertThat(this.mongo.count(new Query(Criteria.where("courseId").is(courseId)), COLLECTION).block())
			.isEqualTo(3);

		Document stored = storedVersion(courseId, 1);
		assertThat(stored.get("titles", Document.class)).containsEntry("mk", "Граѓански собранија");
		assertThat(stored.getList("languages", String.class)).containsExactly("en", "mk");
		assertThat(stored.get("completionRules", Document.class).getList("requiredQuizIds", String.class))
			.containsExactly("basics");
		Document module = stored.getList("modules", Document.class).get(0);
		assertThat(module.getList("lessonIds", String.class)).containsExactly("mandate", "lottery");
		assertThat(module.getList("quizIds", String.class)).containsExactly("basics");
		Document quiz = stored.getList("quizzes", Document.class).get(0);
		assertThat(quiz.getInteger("passMark")).isEqualTo(50);
		assertThat(quiz.getInteger("attemptLimit")).isEqualTo(2);
		Document option = quiz.getList("questions", Document.class).get(0).getList("options", Document.class).get(0);
		assertThat(option.getBoolean("correct")).isTrue();
		assertThat(option.get("feedback", Document.class)).containsKeys("en", "mk");
		assertThat(stored.getList("lessons", Document.class).get(1)).containsEntry("moduleId", "foundations");
	}

	@Test
	void aVersionStoredBeforeTheStructureWasKeptReadsWithTheContractsDefaults() {
		String courseId = "old-" + UUID.randomUUID();
		Instant publishedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.mongo
			.insert(new Document("_id", courseId + ":1").append("courseId", courseId)
				.append("version", 1)
				.append("title", "Facilitation")
				.append("language", "hr")
				.append("lessons", List.of(new Document("id", "a").append("title", "A")))
				.append("publishedAt", Date.from(publishedAt)), COLLECTION)
			.block();

		assertThat(this.courseVersions.find(courseId, 1).block()).isEqualTo(new CourseVersion(courseId, 1,
				"Facilitation", "hr", List.of(new CourseVersion.Lesson("a", "A")), publishedAt));
	}

	@Test
	void aRetiredCourseStaysRetiredThroughAReplayUntilItIsPublishedAgain() {
		String courseId = "retired-" + UUID.randomUUID();
		ProducerRecord<String, String> published = coursePublished(courseId, 1, "Facilitation basics");
		ProducerRecord<String, String> retired = this.kafka.cloudEvent(
				new CourseRetired(courseId, 1, Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS)),
				UUID.randomUUID().toString());

		this.kafka.send(published);
		this.kafka.send(retired);
		await().atMost(PATIENCE).until(() -> this.courseVersions.isRetired(courseId).block());

		// A replay of the whole history, in order, ends retired too.
		this.kafka.send(published);
		this.kafka.send(retired);
		ProducerRecord<String, String> republished = this.kafka.cloudEvent(Topics.COURSE_EVENTS, courseId,
				UUID.randomUUID().toString(), EventType.COURSE_PUBLISHED.typeName(),
				EventCodec.encode(new CoursePublished(courseId, 2, "Facilitation basics, revised", "hr",
						List.of(new CoursePublished.Lesson("why-sortition", "Why sortition")),
						Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS))));
		this.kafka.send(published);
		await().during(Duration.ofMillis(500))
			.atMost(PATIENCE)
			.until(() -> this.courseVersions.isRetired(courseId).block());

		this.kafka.send(republished);
		await().atMost(PATIENCE).until(() -> !this.courseVersions.isRetired(courseId).block());
		assertThat(this.courseVersions.findLatest(courseId).block().version()).isEqualTo(2);
	}

	@Test
	void aPoisonRecordIsDeadLetteredWithItsHeadersWhileTheRecordsAfterItAreProcessed() {
		String courseId = "budget-" + UUID.randomUUID();
		String badJsonId = "bad-json-" + UUID.randomUUID();
		String untypedId = "untyped-" + UUID.randomUUID();
		ProducerRecord<String, String> badJson = this.kafka.cloudEvent(Topics.COURSE_EVENTS, courseId, badJsonId,
				EventType.COURSE_PUBLISHED.typeName(), "{\"courseId\": \"" + courseId + "\", \"version\": ");
		ProducerRecord<String, String> untyped = withHeader(
				new ProducerRecord<>(Topics.COURSE_EVENTS, courseId, payload(courseId, 1, "Untyped")),
				CloudEventHeaders.ID, untypedId);
		ProducerRecord<String, String> unknownType = this.kafka.cloudEvent(Topics.COURSE_EVENTS, courseId,
				"unknown-" + UUID.randomUUID(), "academy.agora.course.course.archived.v1",
				"{\"courseId\": \"" + courseId + "\"}");

		this.kafka.send(badJson);
		this.kafka.send(untyped);
		this.kafka.send(unknownType);
		this.kafka.send(coursePublished(courseId, 1, "Participatory budgeting"));

		await().atMost(PATIENCE).until(() -> storedVersion(courseId, 1) != null);
		assertThat(storedVersion(courseId, 1).getString("title")).isEqualTo("Participatory budgeting");

		try (KafkaRecords.Reader deadLetters = KafkaRecords.reader(TestInfrastructure.get().kafkaBootstrapServers(),
				Topics.deadLetter(Topics.COURSE_EVENTS))) {
			List<ConsumerRecord<String, String>> received = await().atMost(PATIENCE)
				.until(() -> deadLetters.poll(hasKey(courseId)), (records) -> records.size() >= 2);
			// A record of a type this service does not know is skipped, never
			// dead-lettered.
			await().during(Duration.ofSeconds(1))
				.atMost(PATIENCE)
				.until(() -> deadLetters.poll(hasKey(courseId)).size() == 2);

			assertThat(received).extracting((record) -> header(record, CloudEventHeaders.ID))
				.containsExactly(badJsonId, untypedId);
			ConsumerRecord<String, String> deadBadJson = received.get(0);
			assertThat(deadBadJson.value()).isEqualTo(badJson.value());
			assertThat(header(deadBadJson, CloudEventHeaders.TYPE)).isEqualTo(EventType.COURSE_PUBLISHED.typeName());
			assertThat(header(deadBadJson, CloudEventHeaders.SOURCE)).isEqualTo("/course-service");
			assertThat(header(deadBadJson, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(header(deadBadJson, CloudEventHeaders.TIME)).isNotBlank();
			assertThat(header(deadBadJson, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
			assertThat(header(deadBadJson, "kafka_dlt-original-topic")).isEqualTo(Topics.COURSE_EVENTS);
			assertThat(header(deadBadJson, "kafka_dlt-exception-cause-fqcn"))
				.isEqualTo(EventCodec.MalformedEventException.class.getName());
			ConsumerRecord<String, String> deadUntyped = received.get(1);
			assertThat(deadUntyped.value()).isEqualTo(untyped.value());
			assertThat(header(deadUntyped, CloudEventHeaders.TYPE)).isNull();
		}
	}

	private Document storedVersion(String courseId, int version) {
		return this.mongo.findById(courseId + ":" + version, Document.class, COLLECTION).block();
	}

	private ProducerRecord<String, String> coursePublished(String courseId, int version, String title) {
		return this.kafka.cloudEvent(Topics.COURSE_EVENTS, courseId, UUID.randomUUID().toString(),
				EventType.COURSE_PUBLISHED.typeName(), payload(courseId, version, title));
	}

	private static String payload(String courseId, int version, String title) {
		return EventCodec.encode(new CoursePublished(courseId, version, title, "hr",
				List.of(new CoursePublished.Lesson("why-sortition", "Why sortition"),
						new CoursePublished.Lesson("stratified-draw", "The stratified draw")),
				Instant.now().truncatedTo(ChronoUnit.MILLIS)));
	}

}
