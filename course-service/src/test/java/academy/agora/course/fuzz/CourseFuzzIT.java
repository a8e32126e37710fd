package academy.agora.course.fuzz;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import academy.agora.course.CourseJson;
import academy.agora.testsupport.TestInfrastructure;
import academy.agora.testsupport.fuzz.Fuzzer;
import academy.agora.testsupport.fuzz.MongoState;
import academy.agora.testsupport.fuzz.WriteEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.course.WebSliceConfiguration.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the course service, sent malformed requests through the
 * application's whole WebFlux and Spring Security chain: no answer may be a 5xx, every
 * 4xx is a problem, and a refused request changes nothing stored. Each endpoint works on
 * its own course, so that one endpoint's accepted cases do not decide what the next one
 * answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=course-service", "spring.kafka.consumer.group-id=course-service-fuzz-it" })
@DirtiesContext
class CourseFuzzIT {

	/** An ETag no course has: actions that take an optional If-Match are refused. */
	private static final String STALE = "\"999999\"";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "course-fuzz-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ReactiveMongoTemplate mongo;

	private WebTestClient client;

	private final JwtMutator author = as("elira-" + UUID.randomUUID(), "author", "sq");

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
	}

	@TestFactory
	Stream<DynamicTest> everyWriteEndpoint() {
		Fuzzer fuzzer = new Fuzzer("course-service", this.client, MongoState.of(this.mongo, "courses"));
		Map<String, Object> course = JsonMapper.builder().build().readValue(CourseJson.course("Sortition"), MAP);
		String published = created();
		this.client.mutateWith(this.author)
			.post()
			.uri("/api/courses/{id}/publish", published)
			.exchange()
			.expectStatus()
			.isCreated();
		List<WriteEndpoint> endpoints = List.of(WriteEndpoint.post("/api/courses").as(this.author).body(course),
				WriteEndpoint.put("/api/courses/{id}")
					.as(this.author)
					.id("id", created())
					.header(HttpHeaders.IF_MATCH, "\"0\"")
					.fuzzHeader(HttpHeaders.IF_MATCH)
					.body(course),
				WriteEndpoint.post("/api/courses/{id}/discard")
					.as(this.author)
					.id("id", created())
					.header(HttpHeaders.IF_MATCH, STALE)
					.fuzzHeader(HttpHeaders.IF_MATCH),
				WriteEndpoint.post("/api/courses/{id}/publish")
					.as(this.author)
					.id("id", created())
					.header(HttpHeaders.IF_MATCH, STALE)
					.fuzzHeader(HttpHeaders.IF_MATCH),
				WriteEndpoint.post("/api/courses/{id}/retire")
					.as(this.author)
					.id("id", published)
					.header(HttpHeaders.IF_MATCH, STALE)
					.fuzzHeader(HttpHeaders.IF_MATCH),
				WriteEndpoint.put("/api/courses/{id}/co-authors")
					.as(this.author)
					.id("id", created())
					.fuzzHeader(HttpHeaders.IF_MATCH)
					.body(Map.of("coAuthors", List.of("ivana"))));
		return Stream.concat(
				endpoints.stream()
					.map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(),
							() -> assertThat(fuzzer.run(endpoint)).isEmpty())),
				Stream.of(DynamicTest.dynamicTest("total", fuzzer::printTotal)));
	}

	private String created() {
		return (String) this.client.mutateWith(this.author)
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CourseJson.course("Sortition"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(MAP_TYPE)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private static final Class<Map<String, Object>> MAP = castMap();

	private static final ParameterizedTypeReference<Map<String, Object>> MAP_TYPE = new ParameterizedTypeReference<>() {
	};

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> castMap() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
