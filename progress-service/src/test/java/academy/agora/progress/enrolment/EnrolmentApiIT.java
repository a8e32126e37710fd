package academy.agora.progress.enrolment;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The HTTP API against real Kafka and a MongoDB-wire server. Requests go through the
 * application's whole WebFlux and Spring Security chain; only the token's signature check
 * is replaced by {@code mockJwt()}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-enrolment-api-it" })
@DirtiesContext
class EnrolmentApiIT {

	private static final String PROBLEM_BASE = "https://agora.academy/problems/";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-enrolment-api-it");
	}

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@LocalServerPort
	private int port;

	private WebTestClient client;

	private String courseId;

	private String ana;

	@BeforeEach
	void publishACourse() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
		this.courseId = "assemblies-" + UUID.randomUUID();
		this.ana = "ana-" + UUID.randomUUID();
		this.courseVersions.record(version(1, "Citizens' assemblies", "intro")).block();
		this.courseVersions.record(version(2, "Citizens' assemblies, revised", "intro", "recruitment")).block();
	}

	@Test
	void enrollingFollowsTheLatestPublishedVersionAndAnswersWithItsLocation() {
		EntityExchangeResult<Map<String, Object>> result = enrol(this.ana).expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();

		Map<String, Object> body = result.getResponseBody();
		assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/enrolments/" + body.get("id"));
		assertThat(body).containsEntry("courseId", this.courseId)
			.containsEntry("courseVersion", 2)
			.containsEntry("courseTitle", "Citizens' assemblies, revised")
			.containsEntry("status", "IN_PROGRESS")
			.containsEntry("completedLessons", 0)
			.containsEntry("totalLessons", 2)
			.containsEntry("percentComplete", 0)
			.containsEntry("completedAt", null)
			.containsKey("enrolledAt");
		assertThat(body.get("learner")).isEqualTo(Map.of("id", this.ana, "name", "Ana", "municipality", "Kragujevac"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> lessons = (List<Map<String, Object>>) body.get("lessons");
		assertThat(lessons)
			.extracting((lesson) -> lesson.get("id"), (lesson) -> lesson.get("title"),
					(lesson) -> lesson.get("completed"), (lesson) -> lesson.get("completedAt"))
			.containsExactly(tuple("intro", "INTRO", false, null), tuple("recruitment", "RECRUITMENT", false, null));
	}

	@Test
	void enrollingTwiceInOneCourseIsAConflictNamingTheExistingEnrolment() {
		String id = enrolled(this.ana);

		enrol(this.ana).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "already-enrolled")
			.jsonPath("$.enrolmentId")
			.isEqualTo(id)
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains(this.courseId));
	}

	@Test
	void concurrentEnrolmentsOfOneLearnerInOneCourseCreateExactlyOne() {
		List<Integer> statuses = Flux.range(0, 6)
			.flatMap((i) -> Mono.fromCallable(() -> enrol(this.ana).returnResult(String.class).getStatus().value())
				.subscribeOn(Schedulers.boundedElastic()), 6)
			.collectList()
			.block();
		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);

		List<Map<String, Object>> mine = mine(this.ana);
		assertThat(mine).hasSize(1);
		enrol(this.ana).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.enrolmentId")
			.isEqualTo(mine.get(0).get("id"));
	}

	@Test
	void enrollingInACourseNotPublishedHereIsNotFound() {
		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", "never-published"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "course-not-found")
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("never-published").contains("try again"));
	}

	@Test
	void aRetiredCourseTakesNoNewEnrolmentsWhileEnrolledLearnersCarryOn() {
		String enrolment = enrolled(this.ana);
		this.courseVersions.retire(this.courseId, java.time.Instant.now()).block();

		this.client.mutateWith(Tokens.learner("marko-" + UUID.randomUUID(), "Marko"))
			.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", this.courseId))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "course-retired");
		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments/{id}/lessons/intro/completion", enrolment)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void aBlankOrMissingCourseIdIsABadRequestNamingTheField() {
		for (String body : List.of("{}", "{\"courseId\":\"  \"}")) {
			this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
				.post()
				.uri("/api/enrolments")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_BASE + "invalid-request")
				.jsonPath("$.errors[0].field")
				.isEqualTo("courseId");
		}
	}

	@Test
	void malformedJsonOrNoBodyIsABadRequestNotAServerError() {
		for (String body : List.of("{\"courseId\":", "[1,2]", "")) {
			malformed(body).jsonPath("$.detail")
				.value(String.class, (detail) -> assertThat(detail).contains("not well-formed JSON"));
		}
		// How a field of the wrong type is described is service-support's to say.
		malformed("{\"courseId\":{\"nested\":true}}").jsonPath("$.detail").isNotEmpty();
	}

	@Test
	void aBodyAboveTheLimitIsRefusedWith413BeforeItIsReadAndEnrolsNobody() {
		// A valid enrolment request padded with whitespace: above the 1 MB limit it is
		// refused unparsed; at half a megabyte, above WebFlux's own default of 256 KB,
		// it enrols, so the limit is the configured one.
		enrolPadded(2 * 1024 * 1024).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "request-too-large");
		Query anasEnrolments = new Query(Criteria.where("learnerId").is(this.ana));
		assertThat(this.mongo.count(anasEnrolments, "enrolments").block()).isZero();

		enrolPadded(512 * 1024).expectStatus().isCreated();
		assertThat(this.mongo.count(anasEnrolments, "enrolments").block()).isOne();
	}

	private WebTestClient.ResponseSpec enrolPadded(int padding) {
		return this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"courseId\":\"" + this.courseId + "\"" + " ".repeat(padding) + "}")
			.exchange();
	}

	private WebTestClient.BodyContentSpec malformed(String body) {
		return this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "malformed-request");
	}

	@Test
	void otherMisdirectedRequestsAreProblemsNotServerErrors() {
		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(this.courseId)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.put()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", this.courseId))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.get()
			.uri("/api/no-such-thing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void withoutATokenTheApiAnswersUnauthorizedOverRealHttp() {
		WebTestClient live = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		for (String path : List.of("/api/enrolments", "/api/enrolments/some-id")) {
			live.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueEquals("WWW-Authenticate", "Bearer");
		}
	}

	@Test
	void onlyLearnersEnrolOrCompleteLessons() {
		String id = enrolled(this.ana);
		for (String uri : List.of("/api/enrolments", "/api/enrolments/" + id + "/lessons/intro/completion")) {
			this.client.mutateWith(Tokens.user(this.ana, "Ana", "coordinator"))
				.post()
				.uri(uri)
				.bodyValue(Map.of("courseId", this.courseId))
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_BASE + "forbidden");
		}
	}

	@Test
	void anotherLearnerCanNeitherSeeNorCompleteMyEnrolment() {
		String id = enrolled(this.ana);
		String marko = "marko-" + UUID.randomUUID();

		this.client.mutateWith(Tokens.learner(marko, "Marko"))
			.get()
			.uri("/api/enrolments/{id}", id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-not-found");
		complete(marko, id, "intro").expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-not-found");
		assertThat(mine(marko)).isEmpty();

		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.get()
			.uri("/api/enrolments/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.completedLessons")
			.isEqualTo(0);
	}

	@Test
	void adminsSeeAnyEnrolmentAndCoordinatorsThoseOfTheirMunicipality() {
		String id = enrolled(this.ana);
		for (var staff : List.of(Tokens.admin("admin-" + UUID.randomUUID()),
				Tokens.coordinator("coordinator-" + UUID.randomUUID(), Tokens.DEFAULT_MUNICIPALITY))) {
			this.client.mutateWith(staff)
				.get()
				.uri("/api/enrolments/{id}", id)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo(id)
				.jsonPath("$.learner.name")
				.isEqualTo("Ana")
				.jsonPath("$.cohortId")
				.isEmpty()
				.jsonPath("$.lastActivityAt")
				.isNotEmpty();
		}
		for (var outOfScope : List.of(Tokens.coordinator("coordinator-" + UUID.randomUUID(), "Zagreb"),
				Tokens.coordinator("coordinator-" + UUID.randomUUID(), null),
				Tokens.user("author-" + UUID.randomUUID(), "Elira", "author"))) {
			this.client.mutateWith(outOfScope)
				.get()
				.uri("/api/enrolments/{id}", id)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_BASE + "enrolment-not-found");
		}
	}

	@Test
	void anUnknownEnrolmentIsNotFound() {
		this.client.mutateWith(Tokens.user("admin", "Admin", "admin"))
			.get()
			.uri("/api/enrolments/{id}", "no-such-enrolment")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void completingLessonsTracksProgressUntilTheCourseIsCompleted() {
		String id = enrolled(this.ana);

		complete(this.ana, id, "intro").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.completedLessons")
			.isEqualTo(1)
			.jsonPath("$.percentComplete")
			.isEqualTo(50)
			.jsonPath("$.status")
			.isEqualTo("IN_PROGRESS")
			.jsonPath("$.lessons[0].completed")
			.isEqualTo(true)
			.jsonPath("$.lessons[1].completed")
			.isEqualTo(false);
		String firstCompletedAt = lesson(id, 0).get("completedAt").toString();

		complete(this.ana, id, "intro").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.completedLessons")
			.isEqualTo(1)
			.jsonPath("$.lessons[0].completedAt")
			.isEqualTo(firstCompletedAt);

		complete(this.ana, id, "recruitment").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED")
			.jsonPath("$.percentComplete")
			.isEqualTo(100)
			.jsonPath("$.completedAt")
			.isNotEmpty();
		assertThat(Instant.parse(firstCompletedAt)).isBeforeOrEqualTo(Instant.now());
	}

	@Test
	void completingALessonTheCourseVersionDoesNotHaveIsNotFound() {
		String id = enrolled(this.ana);

		complete(this.ana, id, "not-a-lesson").expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "lesson-not-found")
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("not-a-lesson"));
	}

	@Test
	void anEnrolmentStoredBeforeModulesAndQuizzesWereKeptStillCompletesByItsLessons() {
		String id = "old-" + UUID.randomUUID();
		this.mongo
			.insert(new Document("_id", id).append("learnerId", this.ana)
				.append("learnerName", "Ana")
				.append("courseId", this.courseId)
				.append("courseVersion", 1)
				.append("courseTitle", "Citizens' assemblies")
				.append("lessons",
						List.of(new Document("lessonId", "intro").append("title", "INTRO"),
								new Document("lessonId", "recruitment").append("title", "RECRUITMENT")))
				.append("status", "IN_PROGRESS")
				.append("enrolledAt", new Date())
				.append("revision", 0L)
				.append("outbox", List.of())
				.append("_class", "academy.agora.progress.enrolment.domain.Enrolment"), "enrolments")
			.block();

		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.get()
			.uri("/api/enrolments/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.requiredItems")
			.isEqualTo(2)
			.jsonPath("$.quizzes")
			.isEmpty()
			.jsonPath("$.modules")
			.isEmpty()
			.jsonPath("$.nextLesson.id")
			.isEqualTo("intro");
		complete(this.ana, id, "intro").expectStatus().isCreated();
		complete(this.ana, id, "recruitment").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED")
			.jsonPath("$.nextLesson")
			.isEmpty();
	}

	@Test
	void aCourseWithoutQuizzesShowsEveryLessonRequiredAndNoModules() {
		String id = enrolled(this.ana);

		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.get()
			.uri("/api/enrolments/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("en")
			.jsonPath("$.requiredItems")
			.isEqualTo(2)
			.jsonPath("$.completedRequiredItems")
			.isEqualTo(0)
			.jsonPath("$.lessons[0].required")
			.isEqualTo(true)
			.jsonPath("$.lessons[1].required")
			.isEqualTo(true)
			.jsonPath("$.quizzes")
			.isEmpty()
			.jsonPath("$.modules")
			.isEmpty()
			.jsonPath("$.nextLesson.id")
			.isEqualTo("intro")
			.jsonPath("$.nextLesson.title")
			.isEqualTo("INTRO");
	}

	@Test
	void myEnrolmentsListsOnlyMine() {
		String mineId = enrolled(this.ana);
		String marko = "marko-" + UUID.randomUUID();
		enrolled(marko);

		assertThat(mine(this.ana)).extracting((enrolment) -> enrolment.get("id")).containsExactly(mineId);
	}

	private WebTestClient.ResponseSpec enrol(String learner) {
		return this.client.mutateWith(Tokens.learner(learner, "Ana"))
			.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", this.courseId))
			.exchange();
	}

	private String enrolled(String learner) {
		Map<String, Object> body = enrol(learner).expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (String) body.get("id");
	}

	private WebTestClient.ResponseSpec complete(String learner, String id, String lessonId) {
		return this.client.mutateWith(Tokens.learner(learner, "Ana"))
			.post()
			.uri("/api/enrolments/{id}/lessons/{lessonId}/completion", id, lessonId)
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> lesson(String id, int index) {
		Map<String, Object> body = this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.get()
			.uri("/api/enrolments/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return ((List<Map<String, Object>>) body.get("lessons")).get(index);
	}

	private List<Map<String, Object>> mine(String learner) {
		return this.client.mutateWith(Tokens.learner(learner, "Ana"))
			.get()
			.uri("/api/enrolments")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private CourseVersion version(int version, String title, String... lessons) {
		return new CourseVersion(this.courseId, version, title, "en",
				Arrays.stream(lessons).map((id) -> new CourseVersion.Lesson(id, id.toUpperCase())).toList(),
				Instant.now());
	}

}
