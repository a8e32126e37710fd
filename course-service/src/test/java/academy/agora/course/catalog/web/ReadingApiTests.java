package academy.agora.course.catalog.web;

import java.util.List;
import java.util.Map;

import academy.agora.course.CourseJson;
import academy.agora.course.CourseServiceApplication;
import academy.agora.course.WebSliceConfiguration;
import academy.agora.course.authoring.domain.InMemoryCourses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.course.WebSliceConfiguration.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue and the reading of published versions, for every role.
 */
@WebFluxTest(properties = "spring.config.name=" + CourseServiceApplication.CONFIG_NAME)
@Import(WebSliceConfiguration.class)
class ReadingApiTests {

	static final JwtMutator AUTHOR = as("elira", "author", "sq");

	static final JwtMutator OTHER_AUTHOR = as("drita", "author", "en");

	static final JwtMutator ADMIN = as("admin", "admin", "en");

	static final JwtMutator LEARNER = as("ana", "learner", "mk");

	static final JwtMutator ENGLISH_LEARNER = as("john", "learner", "en");

	static final JwtMutator COORDINATOR = as("ivana", "coordinator", "hr");

	@Autowired
	WebTestClient client;

	@Autowired
	InMemoryCourses courses;

	String published;

	String draft;

	@BeforeEach
	void aPublishedCourseAndADraft() {
		this.courses.clear();
		this.published = create(CourseJson.course("Citizens' assemblies"));
		this.client.mutateWith(AUTHOR)
			.post()
			.uri("/api/courses/{id}/publish", this.published)
			.exchange()
			.expectStatus()
			.isCreated();
		this.draft = create(CourseJson.course("Unpublished draft"));
	}

	String create(String body) {
		return (String) this.client.mutateWith(AUTHOR)
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	WebTestClient.ResponseSpec get(JwtMutator who, String uri, Object... variables) {
		return this.client.mutateWith(who).get().uri(uri, variables).exchange();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> catalogue(JwtMutator who, String query) {
		return (List<Map<String, Object>>) get(who, "/api/catalog" + query).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("items");
	}

	@Test
	void everyoneSignedInSeesPublishedCoursesButNeverDrafts() {
		for (JwtMutator reader : new JwtMutator[] { LEARNER, COORDINATOR, AUTHOR, OTHER_AUTHOR, ADMIN }) {
			assertThat(catalogue(reader, "")).extracting((item) -> item.get("id"))
				.contains(this.published)
				.doesNotContain(this.draft);
			get(reader, "/api/catalog/{id}", this.published).expectStatus().isOk();
			get(reader, "/api/catalog/{id}", this.draft).expectStatus().isNotFound();
		}
	}

	@Test
	void strangersMustSignInToRead() {
		this.client.get()
			.uri("/api/catalog")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/courses/{id}/versions/1/lessons/mandate", this.published)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri("/api/courses/{id}/versions/1/quizzes/basics-quiz", this.published)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void theCatalogueAnswersInTheAccountsLanguageOrTheOneAskedFor() {
		get(LEARNER, "/api/catalog?topic=citizens-assembly").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "mk")
			.expectBody()
			.jsonPath("$.items[0].title")
			.isEqualTo("Граѓански собранија")
			.jsonPath("$.items[0].language")
			.isEqualTo("mk")
			.jsonPath("$.items[0].languages")
			.isEqualTo(List.of("en", "mk"))
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(20)
			.jsonPath("$.totalItems")
			.isEqualTo(1);
		this.client.mutateWith(LEARNER)
			.get()
			.uri("/api/catalog")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB, en;q=0.8")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")
			.expectBody()
			.jsonPath("$.items[0].title")
			.isEqualTo("Citizens' assemblies");
		get(COORDINATOR, "/api/catalog").expectBody().jsonPath("$.items[0].language").isEqualTo("en");
	}

	@Test
	void theCatalogueFiltersByLanguageTopicAndText() {
		assertThat(catalogue(LEARNER, "?language=mk")).hasSize(1);
		assertThat(catalogue(LEARNER, "?language=de")).isEmpty();
		assertThat(catalogue(LEARNER, "?topic=participatory-budgeting")).isEmpty();
		assertThat(catalogue(LEARNER, "?q=СОБРАНИЈА")).hasSize(1);
		assertThat(catalogue(LEARNER, "?q=from MANDATE")).hasSize(1);
		assertThat(catalogue(LEARNER, "?q=unpublished")).isEmpty();
		get(LEARNER, "/api/catalog?size=0").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		get(LEARNER, "/api/catalog?page=-1").expectStatus().isBadRequest();
	}

	@Test
	void theOutlineShowsTheStructureWithoutTextOrAnswers() {
		get(LEARNER, "/api/catalog/{id}", this.published).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "mk")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.title")
			.isEqualTo("Граѓански собранија")
			.jsonPath("$.outcomes[0]")
			.isEqualTo("Можете да подготвите мандат")
			.jsonPath("$.estimatedHours")
			.isEqualTo(2)
			.jsonPath("$.modules[0].lessons[0].title")
			.isEqualTo("Мандатот")
			.jsonPath("$.modules[0].lessons[0].durationMinutes")
			.isEqualTo(15)
			.jsonPath("$.modules[0].quizzes[0].title")
			.isEqualTo("Квиз")
			.jsonPath("$.modules[0].quizzes[0].questionCount")
			.isEqualTo(1)
			.jsonPath("$..correct")
			.doesNotExist()
			.jsonPath("$..html")
			.doesNotExist();
	}

	@Test
	void aLessonIsServedAsSanitisedHtmlInTheReadersLanguage() {
		get(ENGLISH_LEARNER, "/api/courses/{id}/versions/1/lessons/mandate", this.published).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("en")
			.jsonPath("$.title")
			.isEqualTo("Setting the mandate")
			.jsonPath("$.html")
			.value((html) -> assertThat((String) html).contains("<h1>Mandate</h1>")
				.doesNotContain("onerror", "<img", "alert"))
			.jsonPath("$.videoUrl")
			.isEqualTo("https://video.example.org/mandate")
			.jsonPath("$.resources[0].title")
			.isEqualTo("OECD principles")
			.jsonPath("$.durationMinutes")
			.isEqualTo(15)
			.jsonPath("$.outdated")
			.isEqualTo(false)
			.jsonPath("$.previousLessonId")
			.doesNotExist()
			.jsonPath("$.nextLessonId")
			.isEqualTo("lottery")
			.jsonPath("$.markdown")
			.doesNotExist();
		get(LEARNER, "/api/courses/{id}/versions/1/lessons/lottery", this.published).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("mk")
			.jsonPath("$.title")
			.isEqualTo("Граѓанската лотарија")
			.jsonPath("$.previousLessonId")
			.isEqualTo("mandate");
	}

	@Test
	void anOutdatedTranslationIsServedAndFlagged() {
		String etag = get(AUTHOR, "/api/courses/{id}", this.published).returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		this.client.mutateWith(AUTHOR)
			.put()
			.uri("/api/courses/{id}", this.published)
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CourseJson.course("Citizens' assemblies")
				.replace("Members are drawn at random.", "Members are drawn by a stratified lottery."))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.mutateWith(AUTHOR)
			.post()
			.uri("/api/courses/{id}/publish", this.published)
			.exchange()
			.expectStatus()
			.isCreated();

		get(LEARNER, "/api/courses/{id}/versions/2/lessons/lottery", this.published).expectBody()
			.jsonPath("$.language")
			.isEqualTo("mk")
			.jsonPath("$.outdated")
			.isEqualTo(true);
		get(LEARNER, "/api/courses/{id}/versions/1/lessons/lottery", this.published).expectBody()
			.jsonPath("$.outdated")
			.isEqualTo(false);
	}

	@Test
	void aQuizIsServedWithoutAnswerKeysToEveryone() {
		for (JwtMutator reader : new JwtMutator[] { LEARNER, COORDINATOR, AUTHOR, ADMIN }) {
			get(reader, "/api/courses/{id}/versions/1/quizzes/basics-quiz", this.published).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.passMark")
				.isEqualTo(50)
				.jsonPath("$.attemptLimit")
				.isEqualTo(3)
				.jsonPath("$.questions[0].type")
				.isEqualTo("SINGLE")
				.jsonPath("$.questions[0].options.length()")
				.isEqualTo(2)
				.jsonPath("$..correct")
				.doesNotExist()
				.jsonPath("$..feedback")
				.doesNotExist();
		}
		get(LEARNER, "/api/courses/{id}/versions/1/quizzes/basics-quiz", this.published).expectBody()
			.jsonPath("$.questions[0].options[0].text")
			.isEqualTo("Советот");
	}

	@Test
	void draftsUnknownVersionsLessonsAndQuizzesAreNotFound() {
		get(LEARNER, "/api/courses/{id}/versions/1/lessons/mandate", this.draft).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/version-not-found");
		get(LEARNER, "/api/courses/{id}/versions/2/lessons/mandate", this.published).expectStatus().isNotFound();
		get(LEARNER, "/api/courses/{id}/versions/1/lessons/nope", this.published).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/lesson-not-found");
		get(LEARNER, "/api/courses/{id}/versions/1/quizzes/nope", this.published).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/quiz-not-found");
		get(LEARNER, "/api/courses/{id}/versions/one/lessons/mandate", this.published).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		get(LEARNER, "/api/catalog/{id}", "no-such-course").expectStatus().isNotFound();
	}

	@Test
	void learnersCannotUseTheAuthorsViewOfAPublishedCourse() {
		get(LEARNER, "/api/courses/{id}", this.published).expectStatus().isForbidden();
		get(LEARNER, "/api/courses/{id}/versions", this.published).expectStatus().isForbidden();
	}

	@Test
	void aRetiredCourseLeavesTheCatalogueButStaysReadable() {
		this.client.mutateWith(AUTHOR)
			.post()
			.uri("/api/courses/{id}/retire", this.published)
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(catalogue(LEARNER, "")).extracting((item) -> item.get("id")).doesNotContain(this.published);
		get(LEARNER, "/api/catalog/{id}", this.published).expectStatus().isNotFound();
		get(LEARNER, "/api/courses/{id}/versions/1/lessons/mandate", this.published).expectStatus().isOk();
		get(LEARNER, "/api/courses/{id}/versions/1/quizzes/basics-quiz", this.published).expectStatus().isOk();
	}

}
