package academy.agora.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.course.CoursePublished;
import academy.agora.events.course.CourseRetired;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.course.WebSliceConfiguration.as;
import static academy.agora.testsupport.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The course service against a real Kafka broker and a real MongoDB-wire server.
 */
@SpringBootTest(properties = { "spring.config.name=" + CourseServiceApplication.CONFIG_NAME,
		// Nothing listens here: a real token must fail as "issuer unavailable", not as a
		// 500.
		"spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1" })
class CourseServiceIT {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "course-it");
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	ReactiveMongoTemplate mongo;

	WebTestClient client;

	JwtMutator author;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		this.author = as("elira-" + UUID.randomUUID(), "author", "sq");
	}

	String create(String body) {
		String response = this.client.mutateWith(this.author)
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		// The README's recipe reads the id with sed from the start of the body.
		assertThat(response).startsWith("{\"id\":\"");
		return response.substring(7, response.indexOf('"', 7));
	}

	WebTestClient.ResponseSpec publish(String id) {
		return this.client.mutateWith(this.author).post().uri("/api/courses/{id}/publish", id).exchange();
	}

	String etag(String id) {
		return this.client.mutateWith(this.author)
			.get()
			.uri("/api/courses/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
	}

	WebTestClient.ResponseSpec put(String id, String ifMatch, String body) {
		return this.client.mutateWith(this.author).put().uri("/api/courses/{id}", id).headers((headers) -> {
			if (ifMatch != null) {
				headers.setIfMatch(ifMatch);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	@Test
	void thePublishedEventCarriesTheWholeVersionAsACloudEvent() {
		String id = create(CourseJson.course("Participatory budgeting"));
		publish(id).expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(1);

		ConsumerRecord<String, String> record = records(id, 1).get(0);
		assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("academy.agora.course.course.published.v1");
		assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/course-service");
		assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
		assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
		assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		CoursePublished event = (CoursePublished) EventCodec.decode(EventType.COURSE_PUBLISHED, record.value());
		assertThat(event.courseId()).isEqualTo(id);
		assertThat(event.version()).isEqualTo(1);
		assertThat(event.title()).isEqualTo("Participatory budgeting");
		assertThat(event.language()).isEqualTo("en");
		assertThat(event.titles()).isEqualTo(Map.of("en", "Participatory budgeting", "mk", "Граѓански собранија"));
		assertThat(event.languages()).containsExactly("en", "mk");
		assertThat(event.topics()).containsExactly("citizens-assembly");
		assertThat(event.estimatedHours()).isEqualTo(2);
		assertThat(event.certificateApproval()).isFalse();
		assertThat(event.lessons()).containsExactly(
				new CoursePublished.Lesson("mandate", "Setting the mandate",
						Map.of("en", "Setting the mandate", "mk", "Мандатот"), "basics", 15),
				new CoursePublished.Lesson("lottery", "The civic lottery",
						Map.of("en", "The civic lottery", "mk", "Граѓанската лотарија"), "basics", 10));
		assertThat(event.modules()).containsExactly(new CoursePublished.Module("basics",
				Map.of("en", "Basics", "mk", "Основи"), List.of("mandate", "lottery"), List.of("basics-quiz")));
		assertThat(event.quizzes())
			.containsExactly(new CoursePublished.Quiz("basics-quiz", Map.of("en", "Basics quiz", "mk", "Квиз"), 50, 3,
					List.of(new CoursePublished.Question("q1", "SINGLE",
							Map.of("en", "Who decides the mandate?", "mk", "Кој?"),
							List.of(new CoursePublished.Option("a", Map.of("en", "The council", "mk", "Советот"), true,
									Map.of("en", "Yes: the council commits in advance.")),
									new CoursePublished.Option("b", Map.of("en", "The members", "mk", "Членовите"),
											false, Map.of("en", "No: members answer the question.")))))));
		assertThat(event.completionRules())
			.isEqualTo(new CoursePublished.CompletionRules(List.of("mandate", "lottery"), List.of("basics-quiz")));
	}

	@Test
	void aCourseAskingForCertificateApprovalSaysSoInItsDraftAndInEachVersionPublishedSince() {
		String id = create(CourseJson.course("Civic lotteries"));
		publish(id).expectStatus().isCreated();
		put(id, etag(id),
				CourseJson.course("Civic lotteries")
					.replace("\"estimatedHours\": 2,", "\"estimatedHours\": 2, \"certificateApproval\": true,"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.draft.certificateApproval")
			.isEqualTo(true)
			.jsonPath("$.unpublishedChanges")
			.isEqualTo(true);
		publish(id).expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(2);

		List<CoursePublished> events = records(id, 2).stream()
			.map((record) -> (CoursePublished) EventCodec.decode(EventType.COURSE_PUBLISHED, record.value()))
			.toList();
		assertThat(events)
			.extracting(CoursePublished::version, CoursePublished::certificateApproval, CoursePublished::estimatedHours)
			.containsExactly(tuple(1, false, 2), tuple(2, true, 2));
	}

	@Test
	void aDraftStoredBeforeTheApprovalSettingExistedReadsAsIssuedOnCompletion() {
		String id = create(CourseJson.minimal());
		this.mongo
			.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().unset("draft.certificateApproval"),
					"courses")
			.block(Duration.ofSeconds(10));

		this.client.mutateWith(this.author)
			.get()
			.uri("/api/courses/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.draft.certificateApproval")
			.isEqualTo(false);
		publish(id).expectStatus().isCreated();
		CoursePublished event = (CoursePublished) EventCodec.decode(EventType.COURSE_PUBLISHED,
				records(id, 1).get(0).value());
		assertThat(event.certificateApproval()).isFalse();
	}

	@Test
	void retiringPublishesCourseRetiredAfterThePublication() {
		String id = create(CourseJson.minimal());
		publish(id).expectStatus().isCreated();
		this.client.mutateWith(this.author).post().uri("/api/courses/{id}/retire", id).exchange().expectStatus().isOk();

		List<ConsumerRecord<String, String>> records = records(id, 2);
		assertThat(records).extracting((record) -> header(record, CloudEventHeaders.TYPE))
			.containsExactly("academy.agora.course.course.published.v1", "academy.agora.course.course.retired.v1");
		CourseRetired retired = (CourseRetired) EventCodec.decode(EventType.COURSE_RETIRED, records.get(1).value());
		assertThat(retired.courseId()).isEqualTo(id);
		assertThat(retired.lastVersion()).isEqualTo(1);
		assertThat(header(records.get(1), CloudEventHeaders.SOURCE)).isEqualTo("/course-service");
	}

	@Test
	void draftEditsNeedTheCurrentETag() {
		String id = create(CourseJson.minimal());

		put(id, null, CourseJson.minimal()).expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		put(id, "\"0\"", CourseJson.minimal().replace("Running a", "Organising a")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"");
		put(id, "\"0\"", CourseJson.minimal()).expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.mutateWith(this.author)
			.get()
			.uri("/api/courses/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.draft.title.en")
			.isEqualTo("Organising a citizens' assembly");
	}

	@Test
	void aBodyOverOneMegabyteIsRefusedAsTooLarge() {
		String huge = CourseJson.minimal().replace("The council decides in advance.", "x".repeat(1_100_000));

		this.client.mutateWith(this.author)
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(huge)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/request-too-large");
	}

	@Test
	void anUnknownFieldIsRefusedNamingIt() {
		this.client.mutateWith(this.author)
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CourseJson.minimal().replace("\"defaultLanguage\"", "\"language\": \"en\", \"defaultLanguage\""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("language")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("'language'"));
	}

	@Test
	void readersGetVersionsFromTheStoreInTheirLanguage() {
		String id = create(CourseJson.course("Civic lotteries " + UUID.randomUUID()));
		publish(id).expectStatus().isCreated();
		put(id, etag(id),
				CourseJson.course("Civic lotteries, second edition")
					.replace("Members are drawn at random.", "Members are drawn by a stratified lottery."))
			.expectStatus()
			.isOk();
		publish(id).expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(2);
		JwtMutator ana = as("ana", "learner", "mk");

		this.client.mutateWith(ana)
			.get()
			.uri("/api/catalog?q=second edition&language=mk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].version")
			.isEqualTo(2)
			.jsonPath("$.items[?(@.id == '" + id + "')].language")
			.isEqualTo("mk");
		this.client.mutateWith(ana)
			.get()
			.uri("/api/catalog/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(2)
			.jsonPath("$.modules[0].lessons[1].title")
			.isEqualTo("Граѓанската лотарија");
		this.client.mutateWith(ana)
			.get()
			.uri("/api/courses/{id}/versions/2/lessons/lottery", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "mk")
			.expectBody()
			.jsonPath("$.outdated")
			.isEqualTo(true);
		this.client.mutateWith(ana)
			.get()
			.uri("/api/courses/{id}/versions/1/lessons/lottery", id)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.html")
			.isEqualTo("<p>Members are drawn at random.</p>\n");
		this.client.mutateWith(this.author)
			.get()
			.uri("/api/courses/{id}/versions", id)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[1].title")
			.isEqualTo("Civic lotteries, second edition");
	}

	/**
	 * Runs the README's "Authoring a course" recipe with its own body, so the recipe
	 * cannot silently go stale.
	 */
	@Test
	void theReadmeAuthoringRecipeWorksAsWritten() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		int start = readme.indexOf("BODY='") + "BODY='".length();
		String body = readme.substring(start, readme.indexOf("\n}'", start) + 2);
		assertThat(body).as("the README's authoring body").startsWith("{").contains("\"defaultLanguage\"");
		JwtMutator ana = as("ana", "learner", "mk");

		String id = create(body);
		publish(id).expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(1);
		put(id, etag(id), body.replace("what it will do.", "what it will do with the recommendations.")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outdatedTranslations[0].lessonId")
			.isEqualTo("mandate")
			.jsonPath("$.outdatedTranslations[0].language")
			.isEqualTo("mk");
		publish(id).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(2)
			.jsonPath("$.outdatedTranslations[0].language")
			.isEqualTo("mk");
		this.client.mutateWith(this.author)
			.get()
			.uri("/api/courses/{id}/versions", id)
			.exchange()
			.expectBody()
			.jsonPath("$[0].number")
			.isEqualTo(1)
			.jsonPath("$[0].title")
			.isEqualTo("Running a citizens assembly")
			.jsonPath("$[1].number")
			.isEqualTo(2);
		this.client.mutateWith(ana)
			.get()
			.uri("/api/courses/{id}/versions/2/lessons/mandate", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("mk")
			.jsonPath("$.outdated")
			.isEqualTo(true)
			.jsonPath("$.html")
			.isEqualTo("<p>Советот однапред одлучува.</p>\n");
		this.client.mutateWith(ana)
			.get()
			.uri("/api/courses/{id}/versions/2/quizzes/basics-quiz", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$..correct")
			.doesNotExist();
		this.client.mutateWith(ana)
			.get()
			.uri("/api/catalog?topic=citizens-assembly&q=assembly")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].title")
			.isEqualTo("Running a citizens assembly");
	}

	@Test
	void anAuthorsListComesFromTheStoreWithoutTheContent() {
		String id = create(CourseJson.course("Listed for its author"));
		publish(id).expectStatus().isCreated();

		this.client.mutateWith(this.author)
			.get()
			.uri("/api/courses")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(id)
			.jsonPath("$[0].title.mk")
			.isEqualTo("Граѓански собранија")
			.jsonPath("$[0].publishedVersion")
			.isEqualTo(1)
			.jsonPath("$[0].revision")
			.isEqualTo(1)
			.jsonPath("$[0].publishedAt")
			.exists()
			.jsonPath("$[0].draft")
			.doesNotExist();
	}

	@Test
	void aRetiredCourseLeavesTheCatalogueAndStaysReadable() {
		String id = create(CourseJson.course("Retiring soon " + UUID.randomUUID()));
		publish(id).expectStatus().isCreated();
		this.client.mutateWith(this.author).post().uri("/api/courses/{id}/retire", id).exchange().expectStatus().isOk();
		JwtMutator ana = as("ana", "learner", "mk");

		this.client.mutateWith(ana)
			.get()
			.uri("/api/catalog?size=100")
			.exchange()
			.expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')]")
			.doesNotExist();
		this.client.mutateWith(ana)
			.get()
			.uri("/api/courses/{id}/versions/1/quizzes/basics-quiz", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$..correct")
			.doesNotExist();
	}

	@Test
	void aCourseStoredInTheOldFormatIsNeitherListedNorAServerError() {
		String legacy = "legacy-" + UUID.randomUUID();
		this.mongo
			.insert(new Document("_id", legacy).append("ownerId", "root")
				.append("draft", new Document("title", "Old").append("language", "en"))
				.append("publishedVersion", 1), "courses")
			.block(Duration.ofSeconds(10));
		JwtMutator admin = as("root", "admin", "en");

		this.client.mutateWith(admin).get().uri("/api/courses").exchange().expectStatus().isOk();
		this.client.mutateWith(admin).get().uri("/api/courses/{id}", legacy).exchange().expectStatus().isNotFound();
		this.client.mutateWith(admin).get().uri("/api/catalog").exchange().expectStatus().isOk();
	}

	@Test
	void theApiDescriptionAndItsPageAreOpenToAll() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.value((version) -> assertThat((String) version).startsWith("3."))
			.jsonPath("$.paths['/api/courses/{id}/publish'].post")
			.exists()
			.jsonPath("$.paths['/api/courses/{id}/versions/{version}/lessons/{lessonId}'].get")
			.exists()
			.jsonPath("$.paths['/api/catalog'].get")
			.exists()
			.jsonPath("$.components.securitySchemes['bearer-jwt'].scheme")
			.isEqualTo("bearer");
		this.client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
		this.client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

	@Test
	void learnersCannotAuthorAndStrangersMustSignIn() {
		this.client.mutateWith(as("ana", "learner", "mk"))
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CourseJson.minimal())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/catalog")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/catalog")
			.headers((headers) -> headers.setBearerAuth("not-a-jwt"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void anUnreachableIssuerIsAServiceUnavailableProblemNotAServerError() {
		String header = base64("{\"alg\":\"RS256\",\"kid\":\"k1\"}");
		String claims = base64("{\"sub\":\"ana\",\"iss\":\"http://127.0.0.1:1\",\"exp\":4102444800}");
		this.client.get()
			.uri("/api/catalog")
			.headers((headers) -> headers.setBearerAuth(header + "." + claims + "." + base64("signature")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.exists("Retry-After")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void healthIsOpenToThePlatform() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
	}

	private static String base64(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	static List<ConsumerRecord<String, String>> records(String courseId, int atLeast) {
		return KafkaRecords.awaitRecords(TestInfrastructure.get().kafkaBootstrapServers(), Topics.COURSE_EVENTS,
				KafkaRecords.hasKey(courseId), atLeast);
	}

}
