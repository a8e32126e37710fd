package academy.agora.course;

import java.nio.charset.StandardCharsets;
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
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.testsupport.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

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

	WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	static JwtMutator as(String subject, String role) {
		return SecurityMockServerConfigurers.mockJwt()
			.jwt((jwt) -> jwt.subject(subject).claim("roles", List.of(role)).claim("name", subject))
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role));
	}

	static Map<String, Object> course(String title, List<Map<String, String>> lessons) {
		return Map.of("title", title, "summary", "For municipal officials", "language", "sr-Latn", "lessons", lessons);
	}

	static Map<String, String> lesson(String id, String title) {
		return Map.of("id", id, "title", title, "body", "Plain-language text about " + title.toLowerCase() + ".");
	}

	String create(JwtMutator author, Map<String, Object> body) {
		return (String) this.client.mutateWith(author)
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists("Location")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	@Test
	void anAuthorDraftsEditsAndPublishesACourseAndTheEventIsPublished() {
		JwtMutator elira = as("elira-" + UUID.randomUUID(), "author");
		String id = create(elira, course("Participatory budgeting", List.of(lesson("phases", "The phases"))));
		this.client.mutateWith(elira)
			.put()
			.uri("/api/courses/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(course("Participatory budgeting",
					List.of(lesson("phases", "The phases"), lesson("ballot", "The ballot"))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.lessons.length()")
			.isEqualTo(2)
			.jsonPath("$.unpublishedChanges")
			.isEqualTo(true);

		this.client.mutateWith(elira)
			.post()
			.uri("/api/courses/{id}/publish", id)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);

		ConsumerRecord<String, String> record = published(id);
		CoursePublished event = (CoursePublished) EventCodec.decode(EventType.COURSE_PUBLISHED, record.value());
		assertThat(event.version()).isEqualTo(1);
		assertThat(event.lessons()).extracting(CoursePublished.Lesson::lessonId).containsExactly("phases", "ballot");
		assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("academy.agora.course.course.published.v1");
		assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/course-service");
		assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
	}

	@Test
	void theCatalogueShowsPublishedCoursesOnlyToAnyoneSignedIn() {
		JwtMutator elira = as("elira-" + UUID.randomUUID(), "author");
		String published = create(elira,
				course("Civic lotteries " + UUID.randomUUID(), List.of(lesson("draw", "The draw"))));
		String draft = create(elira, course("Unfinished draft", List.of(lesson("todo", "To do"))));
		this.client.mutateWith(elira)
			.post()
			.uri("/api/courses/{id}/publish", published)
			.exchange()
			.expectStatus()
			.isCreated();

		List<Object> ids = this.client.mutateWith(as("ana", "learner"))
			.get()
			.uri("/api/catalog")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.map((entry) -> (Object) entry.get("id"))
			.toList();
		assertThat(ids).contains(published).doesNotContain(draft);
		this.client.mutateWith(as("ana", "learner"))
			.get()
			.uri("/api/catalog/{id}", draft)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.mutateWith(as("ana", "learner"))
			.get()
			.uri("/api/catalog/{id}", published)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.lessons[0].body")
			.exists();
	}

	@Test
	void anotherAuthorsCourseIsNotFoundAndStaysUnchanged() {
		JwtMutator owner = as("owner-" + UUID.randomUUID(), "author");
		String id = create(owner, course("Mine", List.of(lesson("one", "One"))));
		JwtMutator other = as("other-" + UUID.randomUUID(), "author");

		this.client.mutateWith(other).get().uri("/api/courses/{id}", id).exchange().expectStatus().isNotFound();
		this.client.mutateWith(other)
			.put()
			.uri("/api/courses/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(course("Taken over", List.of(lesson("one", "One"))))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.mutateWith(other)
			.post()
			.uri("/api/courses/{id}/publish", id)
			.exchange()
			.expectStatus()
			.isNotFound();

		this.client.mutateWith(owner)
			.get()
			.uri("/api/courses/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Mine")
			.jsonPath("$.publishedVersion")
			.isEqualTo(0);
		this.client.mutateWith(as("root", "admin")).get().uri("/api/courses/{id}", id).exchange().expectStatus().isOk();
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndChangesNothing() {
		JwtMutator elira = as("elira-" + UUID.randomUUID(), "author");
		String id = create(elira, course("Kept", List.of(lesson("one", "One"))));

		this.client.mutateWith(elira)
			.put()
			.uri("/api/courses/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", " ", "language", "sr-Latn", "lessons", List.of(Map.of("id", "Bad Id!"))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'title')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'lessons[0].id')]")
			.exists();
		this.client.mutateWith(elira)
			.put()
			.uri("/api/courses/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.mutateWith(elira)
			.put()
			.uri("/api/courses/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "T", "language", "klingon", "lessons", List.of()))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("'klingon' is not offered"));

		this.client.mutateWith(elira)
			.get()
			.uri("/api/courses/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Kept");
	}

	@Test
	void aCourseWithoutLessonsCannotBePublished() {
		JwtMutator elira = as("elira-" + UUID.randomUUID(), "author");
		String id = create(elira, course("Empty", List.of()));
		this.client.mutateWith(elira)
			.post()
			.uri("/api/courses/{id}/publish", id)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void learnersCannotAuthorAndStrangersMustSignIn() {
		this.client.mutateWith(as("ana", "learner"))
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(course("Nope", List.of()))
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

	private static ConsumerRecord<String, String> published(String courseId) {
		return KafkaRecords
			.awaitRecords(TestInfrastructure.get().kafkaBootstrapServers(), Topics.COURSE_EVENTS,
					KafkaRecords.hasKey(courseId), 1)
			.get(0);
	}

}
