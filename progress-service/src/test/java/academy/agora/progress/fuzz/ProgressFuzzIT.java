package academy.agora.progress.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import academy.agora.progress.CourseFixtures;
import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.TestInfrastructure;
import academy.agora.testsupport.fuzz.Fuzzer;
import academy.agora.testsupport.fuzz.MongoState;
import academy.agora.testsupport.fuzz.WriteEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the progress service, sent malformed requests through the
 * application's whole WebFlux and Spring Security chain: no answer may be a 5xx, every
 * 4xx is a problem, and a refused request changes nothing stored. Each endpoint works on
 * its own enrolment, so that one endpoint's accepted cases (a withdrawal, a completion)
 * do not decide what the next one answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-fuzz-it" })
@DirtiesContext
class ProgressFuzzIT {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-fuzz-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private ReactiveMongoTemplate mongo;

	private WebTestClient client;

	private final String courseId = "assemblies-" + UUID.randomUUID();

	private final JwtMutator coordinator = Tokens.coordinator("goran-" + UUID.randomUUID(),
			Tokens.DEFAULT_MUNICIPALITY);

	@BeforeEach
	void publishACourse() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.courseVersions.record(CourseVersion.of(CourseFixtures.published(this.courseId, 1, now))).block();
	}

	@TestFactory
	Stream<DynamicTest> everyWriteEndpoint() {
		Fuzzer fuzzer = new Fuzzer("progress-service", this.client,
				MongoState.of(this.mongo, "enrolments", "cohorts", "course_versions"));
		Map<String, Object> cohort = post(this.coordinator, "/api/cohorts", cohortPlan());
		// Version 2 comes after the enrolments, so that moving to it is a valid request.
		Enrolled moving = enrolled();
		this.courseVersions
			.record(CourseVersion
				.of(CourseFixtures.published(this.courseId, 2, Instant.now().truncatedTo(ChronoUnit.MILLIS))))
			.block();
		Enrolled learner = enrolled();
		List<WriteEndpoint> endpoints = List.of(
				WriteEndpoint.post("/api/enrolments").as(learner().token()).body(Map.of("courseId", this.courseId)),
				WriteEndpoint.post("/api/enrolments/{id}/lessons/{lessonId}/completion")
					.as(learner.token())
					.id("id", learner.id())
					.id("lessonId", "mandate")
					.bogusIdsOnly(),
				WriteEndpoint.post("/api/enrolments/{id}/withdrawal")
					.as(learner.token())
					.id("id", learner.id())
					.bogusIdsOnly(),
				WriteEndpoint.post("/api/enrolments/{id}/version-move")
					.as(moving.token())
					.id("id", moving.id())
					.body(Map.of("version", 2)),
				WriteEndpoint.post("/api/enrolments/{id}/quizzes/{quizId}/attempts")
					.as(learner.token())
					.id("id", learner.id())
					.id("quizId", "basics")
					.body(Map.of("answers", CourseFixtures.basics(List.of("a"), List.of("x", "y"))))
					.fuzzHeader(HttpHeaders.ACCEPT_LANGUAGE),
				WriteEndpoint.post("/api/enrolments/{id}/quizzes/{quizId}/extra-attempts")
					.as(this.coordinator)
					.id("id", learner.id())
					.id("quizId", "basics")
					.body(Map.of("count", 1)),
				WriteEndpoint.post("/api/enrolments/{id}/attendance-completion")
					.as(this.coordinator)
					.id("id", enrolled().id())
					.body(Map.of("reason", "Attended all four workshops")),
				WriteEndpoint.post("/api/cohorts").as(this.coordinator).body(cohortPlan()),
				WriteEndpoint.post("/api/cohorts/{id}/attendance-completions")
					.as(this.coordinator)
					.id("id", (String) cohort.get("id"))
					.body(Map.of("reason", "Attended all four workshops", "enrolmentIds",
							List.of("no-such-enrolment"))),
				WriteEndpoint.post("/api/cohorts/join")
					.as(learner().token())
					.body(Map.of("code", cohort.get("joinCode"))),
				// Erasing a learner nobody knows answers 200 and must not touch anyone
				// else.
				WriteEndpoint.delete("/api/learners/{learnerId}")
					.as(Tokens.admin("admin-" + UUID.randomUUID()))
					.id("learnerId", learner.subject())
					.bogusIdsOnly()
					.unchangedEvenIfAccepted()
					.state(MongoState.of(this.mongo, "enrolments", "cohorts")));
		return Stream.concat(
				endpoints.stream()
					.map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(),
							() -> assertThat(fuzzer.run(endpoint)).isEmpty())),
				Stream.of(DynamicTest.dynamicTest("total", fuzzer::printTotal)));
	}

	private Map<String, Object> cohortPlan() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return Map.of("courseId", this.courseId, "name", "Kragujevac, spring", "startsOn", today.toString(), "endsOn",
				today.plusDays(30).toString());
	}

	private Enrolled learner() {
		String subject = "learner-" + UUID.randomUUID();
		return new Enrolled(subject, null, Tokens.learner(subject, "Learner " + subject));
	}

	private Enrolled enrolled() {
		Enrolled learner = learner();
		String id = (String) post(learner.token(), "/api/enrolments", Map.of("courseId", this.courseId)).get("id");
		return new Enrolled(learner.subject(), id, learner.token());
	}

	private Map<String, Object> post(JwtMutator user, String path, Map<String, Object> body) {
		return this.client.mutateWith(user)
			.post()
			.uri(path)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private record Enrolled(String subject, String id, JwtMutator token) {

	}

}
