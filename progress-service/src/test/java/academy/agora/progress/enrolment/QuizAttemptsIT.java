package academy.agora.progress.enrolment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.progress.CourseFixtures;
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
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Quiz attempts through the HTTP API, against real Kafka and a MongoDB-wire server, on
 * the course of {@link CourseFixtures}: quiz {@code basics} has pass mark 50 and two
 * attempts, its questions {@code single} (correct: {@code a}) and {@code multiple}
 * (correct: {@code x} and {@code y}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-quiz-attempts-it" })
@DirtiesContext
class QuizAttemptsIT {

	private static final String PROBLEM_BASE = "https://agora.academy/problems/";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-quiz-attempts-it");
	}

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ReactiveMongoTemplate mongo;

	private WebTestClient client;

	private String courseId;

	private String ana;

	@BeforeEach
	void publishACourseWithQuizzes() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
		this.courseId = "quizzes-" + UUID.randomUUID();
		this.ana = "ana-" + UUID.randomUUID();
		this.courseVersions
			.record(CourseVersion
				.of(CourseFixtures.published(this.courseId, 1, Instant.now().truncatedTo(ChronoUnit.MILLIS))))
			.block();
	}

	@Test
	void failedAttemptsHideTheAnswersUntilNoAttemptIsLeftAndThenTheLimitHolds() {
		String id = enrolled(this.ana, "mk");

		Map<String, Object> first = attempt(id, "basics", answers(List.of("b"), List.of("x"))).expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(first).containsEntry("enrolmentId", id)
			.containsEntry("quizId", "basics")
			.containsEntry("attemptNumber", 1)
			.containsEntry("score", 0)
			.containsEntry("passed", false)
			.containsEntry("passMark", 50)
			.containsEntry("attemptsLeft", 1)
			.containsEntry("bestScore", 0)
			.containsEntry("quizPassed", false)
			.containsEntry("answersRevealed", false)
			.containsEntry("language", "mk")
			.containsEntry("enrolmentStatus", "IN_PROGRESS")
			.containsKey("gradedAt");
		assertThat(questions(first))
			.extracting((question) -> question.get("questionId"), (question) -> question.get("correct"),
					(question) -> question.containsKey("correctOptionIds"))
			.containsExactly(tuple("single", false, false), tuple("multiple", false, false));
		assertThat(questions(first).get(0).get("feedback"))
			.isEqualTo(List.of(Map.of("optionId", "b", "text", "Не: членовите не го одредуваат својот мандат.")));

		Map<String, Object> last = attempt(id, "basics", answers(List.of("a"), List.of("x", "z"))).expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(last).containsEntry("attemptNumber", 2)
			.containsEntry("score", 50)
			.containsEntry("passed", true)
			.containsEntry("attemptsLeft", 0)
			.containsEntry("bestScore", 50)
			.containsEntry("answersRevealed", true);
		assertThat(questions(last)).extracting((question) -> question.get("correctOptionIds"))
			.containsExactly(List.of("a"), List.of("x", "y"));
		long revision = stored(id).get("revision", Number.class).longValue();

		attempt(id, "basics", answers(List.of("a"), List.of("x", "y"))).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "attempt-limit-reached")
			.jsonPath("$.attemptLimit")
			.isEqualTo(2);
		assertThat(stored(id).get("revision", Number.class).longValue()).as("nothing stored").isEqualTo(revision);
		assertThat(quiz(get(id), "basics")).containsEntry("attemptsUsed", 2)
			.containsEntry("attemptsLeft", 0)
			.containsEntry("bestScore", 50)
			.containsEntry("passed", true);
	}

	@Test
	void exhaustingTheAttemptsWithoutPassingRevealsTheAnswers() {
		String id = enrolled(this.ana, null);
		attempt(id, "basics", answers(List.of("b"), List.of())).expectStatus().isCreated();

		attempt(id, "basics", answers(List.of("b"), List.of())).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.passed")
			.isEqualTo(false)
			.jsonPath("$.attemptsLeft")
			.isEqualTo(0)
			.jsonPath("$.answersRevealed")
			.isEqualTo(true)
			.jsonPath("$.questions[0].correctOptionIds[0]")
			.isEqualTo("a");
	}

	@Test
	void aCoordinatorInScopeGrantsAnotherAttemptAfterTheLastOneFailed() {
		String id = enrolled(this.ana, null);
		attempt(id, "basics", answers(List.of("b"), List.of())).expectStatus().isCreated();
		attempt(id, "basics", answers(List.of("b"), List.of())).expectStatus().isCreated();
		long revision = stored(id).get("revision", Number.class).longValue();

		grant(Tokens.learner(this.ana, "Ana"), id, 1).expectStatus().isForbidden();
		grant(Tokens.coordinator("coordinator-ohrid", "Ohrid"), id, 1).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-not-found");
		grant(Tokens.coordinator("coordinator-kg", Tokens.DEFAULT_MUNICIPALITY), id, 0).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		grant(Tokens.coordinator("coordinator-kg", Tokens.DEFAULT_MUNICIPALITY), id, 1).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.quizzes[0].attemptsGranted")
			.isEqualTo(1)
			.jsonPath("$.quizzes[0].attemptsLeft")
			.isEqualTo(1);
		assertThat(stored(id).get("revision", Number.class).longValue()).isEqualTo(revision + 1);

		attempt(id, "basics", answers(List.of("a"), List.of("x", "y"))).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.attemptNumber")
			.isEqualTo(3)
			.jsonPath("$.quizPassed")
			.isEqualTo(true);
		grant(Tokens.coordinator("coordinator-kg", Tokens.DEFAULT_MUNICIPALITY), id, 1).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "attempts-not-grantable");
	}

	@Test
	void feedbackFollowsAcceptLanguageThenTheLocaleClaimThenTheCourseDefault() {
		String english = "No: the members do not set their own mandate.";
		String macedonian = "Не: членовите не го одредуваат својот мандат.";

		assertThat(feedbackOnAWrongAnswer("mk", "en-GB, mk;q=0.5")).isEqualTo(english);
		assertThat(feedbackOnAWrongAnswer("mk", null)).isEqualTo(macedonian);
		assertThat(feedbackOnAWrongAnswer("mk", "de")).as("a header the course cannot serve").isEqualTo(macedonian);
		assertThat(feedbackOnAWrongAnswer("sq", "de")).isEqualTo(english);
		assertThat(feedbackOnAWrongAnswer(null, null)).isEqualTo(english);
	}

	@Test
	void anUnlimitedQuizHasNoAttemptsLeftToCountAndAPerfectAttemptRevealsTheAnswers() {
		String id = enrolled(this.ana, null);

		Map<String, Object> failed = attempt(id, "practice", Map.of("only", List.of("no"))).expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(failed).containsEntry("attemptsLeft", null)
			.containsEntry("passed", false)
			.containsEntry("answersRevealed", false);
		assertThat(questions(failed).get(0).get("feedback"))
			.isEqualTo(List.of(Map.of("optionId", "no", "text", "Read the lesson again.")));

		Map<String, Object> passed = attempt(id, "practice", Map.of("only", List.of("yes"))).expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(passed).containsEntry("passed", true).containsEntry("answersRevealed", true);
		Map<String, Object> feedback = new HashMap<>();
		feedback.put("optionId", "yes");
		feedback.put("text", null);
		assertThat(questions(passed).get(0)).containsEntry("feedback", List.of(feedback))
			.containsEntry("correctOptionIds", List.of("yes"));
		assertThat(quiz(get(id), "practice")).containsEntry("attemptLimit", null)
			.containsEntry("attemptsLeft", null)
			.containsEntry("attemptsUsed", 2)
			.containsEntry("required", false);
	}

	@Test
	void anUnansweredQuestionCountsAsWrong() {
		String id = enrolled(this.ana, null);

		attempt(id, "basics", Map.of("single", List.of("a"))).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.score")
			.isEqualTo(50)
			.jsonPath("$.questions[1].questionId")
			.isEqualTo("multiple")
			.jsonPath("$.questions[1].correct")
			.isEqualTo(false)
			.jsonPath("$.questions[1].feedback")
			.isEmpty();
		this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"answers\": {\"single\": null}}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.score")
			.isEqualTo(0);
	}

	@Test
	void refusedAttemptsAreProblemsAndChangeNothing() {
		String id = enrolled(this.ana, null);
		long revision = stored(id).get("revision", Number.class).longValue();

		attempt(id, "final-exam", Map.of()).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "quiz-not-found");
		attempt("no-such-enrolment", "basics", Map.of()).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-not-found");
		this.client.mutateWith(Tokens.learner("marko-" + UUID.randomUUID(), "Marko"))
			.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
			.bodyValue(Map.of("answers", answers(List.of("a"), List.of("x", "y"))))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-not-found");
		attempt(id, "basics",
				Map.of("single", List.of("a", "c"), "multiple", List.of("x", "single"), "bonus", List.of("a")))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "invalid-answers")
			.jsonPath("$.unknownQuestionIds")
			.isEqualTo(List.of("bonus"))
			.jsonPath("$.unknownOptions[?(@.questionId == 'single')].optionIds[0]")
			.isEqualTo("c")
			.jsonPath("$.unknownOptions[?(@.questionId == 'multiple')].optionIds[0]")
			.isEqualTo("single")
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("bonus"));
		for (String body : List.of("{\"answers\":", "{\"answers\": {\"single\": \"a\"}}", "[1]", "")) {
			post(id, body).expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_BASE + "malformed-request");
		}
		for (String body : List.of("{}", "{\"answers\": {\"single\": [null]}}",
				"{\"answers\": {\"single\": [\" \"]}}")) {
			post(id, body).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_BASE + "invalid-request")
				.jsonPath("$.errors[0].field")
				.value(String.class, (field) -> assertThat(field).startsWith("answers"));
		}
		this.client.mutateWith(Tokens.user(this.ana, "Ana", "coordinator"))
			.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
			.bodyValue(Map.of("answers", Map.of()))
			.exchange()
			.expectStatus()
			.isForbidden();

		Document after = stored(id);
		assertThat(after.get("revision", Number.class).longValue()).isEqualTo(revision);
		assertThat(quiz(get(id), "basics")).containsEntry("attemptsUsed", 0).containsEntry("bestScore", null);
	}

	@Test
	void theAttemptLimitHoldsUnderConcurrentAttempts() {
		for (int round = 0; round < 5; round++) {
			String learner = "ana-" + UUID.randomUUID();
			String id = enrolled(learner, null);

			List<Integer> statuses = Flux.range(0, 8)
				.flatMap((i) -> Mono
					.fromCallable(() -> this.client.mutateWith(Tokens.learner(learner, "Ana"))
						.post()
						.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
						.bodyValue(Map.of("answers", answers(List.of("b"), List.of())))
						.exchange()
						.returnResult(String.class)
						.getStatus()
						.value())
					.subscribeOn(Schedulers.boundedElastic()), 8)
				.collectList()
				.block();
			assertThat(statuses).containsOnly(201, 409);
			long accepted = statuses.stream().filter((status) -> status == 201).count();
			assertThat(accepted).isBetween(1L, 2L);
			assertThat(attemptNumbers(id)).as("every acknowledged attempt stored, none beyond")
				.hasSize((int) accepted)
				.doesNotHaveDuplicates();

			// Whatever the race left over can still be used, and no more.
			List<Integer> sequential = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				sequential.add(this.client.mutateWith(Tokens.learner(learner, "Ana"))
					.post()
					.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
					.bodyValue(Map.of("answers", answers(List.of("b"), List.of())))
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value());
			}
			assertThat(sequential.stream().filter((status) -> status == 201).count()).isEqualTo(2 - accepted);
			assertThat(attemptNumbers(id)).containsExactly(1, 2);
		}
	}

	@Test
	void theProgressViewShowsModulesQuizzesAndTheNextLesson() {
		String id = enrolled(this.ana, "mk");
		complete(id, "mandate");
		complete(id, "facilitation");
		attempt(id, "basics", answers(List.of("b"), List.of("x", "y"))).expectStatus().isCreated();

		Map<String, Object> view = get(id);

		assertThat(view).containsEntry("status", "IN_PROGRESS")
			.containsEntry("language", "mk")
			.containsEntry("requiredItems", 4)
			.containsEntry("completedRequiredItems", 3)
			.containsEntry("percentComplete", 75)
			.containsEntry("completedLessons", 2)
			.containsEntry("totalLessons", 4)
			.containsEntry("nextLesson", Map.of("id", "lottery", "title", "Lottery", "moduleId", "foundations"));
		assertThat(view.get("modules"))
			.isEqualTo(List.of(Map.of("id", "foundations", "items", 3, "completedItems", 2, "percentComplete", 66),
					Map.of("id", "deliberation", "items", 1, "completedItems", 1, "percentComplete", 100)));
		assertThat(quiz(view, "basics")).containsEntry("moduleId", "foundations")
			.containsEntry("required", true)
			.containsEntry("passMark", 50)
			.containsEntry("attemptLimit", 2)
			.containsEntry("attemptsUsed", 1)
			.containsEntry("attemptsLeft", 1)
			.containsEntry("bestScore", 50)
			.containsEntry("passed", true);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> lessons = (List<Map<String, Object>>) view.get("lessons");
		assertThat(lessons)
			.extracting((lesson) -> lesson.get("id"), (lesson) -> lesson.get("moduleId"),
					(lesson) -> lesson.get("required"), (lesson) -> lesson.get("completed"))
			.containsExactly(tuple("mandate", "foundations", true, true), tuple("lottery", "foundations", true, false),
					tuple("facilitation", "deliberation", true, true),
					tuple("recommendations", "deliberation", false, false));

		complete(id, "lottery").expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED")
			.jsonPath("$.percentComplete")
			.isEqualTo(100)
			.jsonPath("$.nextLesson.id")
			.isEqualTo("recommendations");
	}

	/**
	 * Enrols a new learner whose token has the given locale, answers question
	 * {@code single} with its wrong option {@code b}, and returns the feedback on it.
	 */
	private String feedbackOnAWrongAnswer(String locale, String acceptLanguage) {
		String learner = "learner-" + UUID.randomUUID();
		String id = enrolled(learner, locale);
		Map<String, Object> graded = this.client.mutateWith(Tokens.learner(learner, "Ana", locale))
			.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
			.headers((headers) -> {
				if (acceptLanguage != null) {
					headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
				}
			})
			.bodyValue(Map.of("answers", Map.of("single", List.of("b"))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> feedback = (List<Map<String, Object>>) questions(graded).get(0).get("feedback");
		return (String) feedback.get(0).get("text");
	}

	private WebTestClient.ResponseSpec attempt(String id, String quizId, Map<String, List<String>> answers) {
		return this.client.mutateWith(Tokens.learner(this.ana, "Ana", "mk"))
			.post()
			.uri("/api/enrolments/{id}/quizzes/{quizId}/attempts", id, quizId)
			.bodyValue(Map.of("answers", answers))
			.exchange();
	}

	private WebTestClient.ResponseSpec grant(SecurityMockServerConfigurers.JwtMutator who, String id, int count) {
		return this.client.mutateWith(who)
			.post()
			.uri("/api/enrolments/{id}/quizzes/basics/extra-attempts", id)
			.bodyValue(Map.of("count", count))
			.exchange();
	}

	private WebTestClient.ResponseSpec post(String id, String body) {
		return this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments/{id}/quizzes/basics/attempts", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec complete(String id, String lessonId) {
		return this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.post()
			.uri("/api/enrolments/{id}/lessons/{lessonId}/completion", id, lessonId)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private String enrolled(String learner, String locale) {
		return (String) this.client.mutateWith(Tokens.learner(learner, "Ana", locale))
			.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", this.courseId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private Map<String, Object> get(String id) {
		return this.client.mutateWith(Tokens.learner(this.ana, "Ana"))
			.get()
			.uri("/api/enrolments/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private Document stored(String id) {
		return this.mongo.findById(id, Document.class, "enrolments").block();
	}

	private List<Integer> attemptNumbers(String id) {
		return stored(id).getList("quizzes", Document.class)
			.stream()
			.filter((quiz) -> "basics".equals(quiz.getString("quizId")))
			.flatMap((quiz) -> quiz.getList("attempts", Document.class).stream())
			.map((attempt) -> attempt.getInteger("attemptNumber"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> quiz(Map<String, Object> view, String quizId) {
		return ((List<Map<String, Object>>) view.get("quizzes")).stream()
			.filter((quiz) -> quizId.equals(quiz.get("id")))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> questions(Map<String, Object> attempt) {
		return (List<Map<String, Object>>) attempt.get("questions");
	}

	private static Map<String, List<String>> answers(List<String> single, List<String> multiple) {
		return CourseFixtures.basics(single, multiple);
	}

}
