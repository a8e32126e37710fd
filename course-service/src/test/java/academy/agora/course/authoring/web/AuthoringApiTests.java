package academy.agora.course.authoring.web;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.course.WebSliceConfiguration.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authoring API for every role: owner, co-author, another author, admin, learner,
 * coordinator and someone not signed in.
 */
@WebFluxTest(properties = "spring.config.name=" + CourseServiceApplication.CONFIG_NAME)
@Import(WebSliceConfiguration.class)
class AuthoringApiTests {

	static final JwtMutator OWNER = as("elira", "author", "sq");

	static final JwtMutator CO_AUTHOR = as("besa", "author", "sq");

	static final JwtMutator OTHER_AUTHOR = as("drita", "author", "en");

	static final JwtMutator ADMIN = as("admin", "admin", "en");

	static final JwtMutator LEARNER = as("ana", "learner", "mk");

	static final JwtMutator COORDINATOR = as("ivana", "coordinator", "hr");

	@Autowired
	WebTestClient client;

	@Autowired
	InMemoryCourses courses;

	String id;

	@BeforeEach
	void aCourseOwnedByEliraWithBesaAsCoAuthor() {
		this.courses.clear();
		this.id = create(OWNER, CourseJson.course("Citizens' assemblies"));
		this.client.mutateWith(OWNER)
			.put()
			.uri("/api/courses/{id}/co-authors", this.id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("coAuthors", java.util.List.of("besa")))
			.exchange()
			.expectStatus()
			.isOk();
	}

	String create(JwtMutator who, String body) {
		return (String) this.client.mutateWith(who)
			.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectHeader()
			.exists(HttpHeaders.LOCATION)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	String etag(JwtMutator who) {
		return this.client.mutateWith(who)
			.get()
			.uri("/api/courses/{id}", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
	}

	WebTestClient.ResponseSpec put(JwtMutator who, String ifMatch, String body) {
		return this.client.mutateWith(who).put().uri("/api/courses/{id}", this.id).headers((headers) -> {
			if (ifMatch != null) {
				headers.setIfMatch(ifMatch);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	WebTestClient.ResponseSpec post(JwtMutator who, String action) {
		return this.client.mutateWith(who).post().uri("/api/courses/{id}/" + action, this.id).exchange();
	}

	@Test
	void authorsAndAdminsCreateCoursesAndTheMinimalBodyIsEnough() {
		String minimal = create(OTHER_AUTHOR, CourseJson.minimal());
		create(ADMIN, CourseJson.course("By the admin"));

		this.client.mutateWith(OTHER_AUTHOR)
			.post()
			.uri("/api/courses/{id}/publish", minimal)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void learnersAndCoordinatorsCannotAuthorAndStrangersMustSignIn() {
		for (JwtMutator reader : new JwtMutator[] { LEARNER, COORDINATOR }) {
			this.client.mutateWith(reader)
				.post()
				.uri("/api/courses")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(CourseJson.minimal())
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			this.client.mutateWith(reader)
				.get()
				.uri("/api/courses/{id}", this.id)
				.exchange()
				.expectStatus()
				.isForbidden();
			post(reader, "publish").expectStatus().isForbidden();
		}
		this.client.get().uri("/api/courses/{id}", this.id).exchange().expectStatus().isUnauthorized();
		this.client.post()
			.uri("/api/courses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CourseJson.minimal())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	@Test
	void ownerCoAuthorAndAdminSeeTheDraftWithAnswerKeysAndAnETag() {
		for (JwtMutator editor : new JwtMutator[] { OWNER, CO_AUTHOR, ADMIN }) {
			this.client.mutateWith(editor)
				.get()
				.uri("/api/courses/{id}", this.id)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, "\"1\"")
				.expectBody()
				.jsonPath("$.ownerId")
				.isEqualTo("elira")
				.jsonPath("$.coAuthors[0]")
				.isEqualTo("besa")
				.jsonPath("$.languages")
				.isEqualTo(java.util.List.of("en", "mk"))
				.jsonPath("$.draft.modules[0].quizzes[0].questions[0].options[0].correct")
				.isEqualTo(true)
				.jsonPath("$.draft.modules[0].quizzes[0].questions[0].options[0].feedback.en")
				.exists()
				.jsonPath("$.publishedVersion")
				.isEqualTo(0)
				.jsonPath("$.unpublishedChanges")
				.isEqualTo(true)
				.jsonPath("$.draft.certificateApproval")
				.isEqualTo(false);
		}
	}

	@Test
	void anotherAuthorFindsNothingAndChangesNothing() {
		this.client.mutateWith(OTHER_AUTHOR)
			.get()
			.uri("/api/courses/{id}", this.id)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/course-not-found");
		put(OTHER_AUTHOR, "\"1\"", CourseJson.course("Taken over")).expectStatus().isNotFound();
		post(OTHER_AUTHOR, "publish").expectStatus().isNotFound();
		post(OTHER_AUTHOR, "retire").expectStatus().isNotFound();
		this.client.mutateWith(OTHER_AUTHOR)
			.get()
			.uri("/api/courses/{id}/versions", this.id)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.mutateWith(OTHER_AUTHOR)
			.put()
			.uri("/api/courses/{id}/co-authors", this.id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("coAuthors", java.util.List.of("drita")))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void eachAuthorListsTheCoursesTheyMayEditAndAdminsListAll() {
		String others = create(OTHER_AUTHOR, CourseJson.minimal());

		assertThat(listed(OWNER)).contains(this.id).doesNotContain(others);
		assertThat(listed(CO_AUTHOR)).contains(this.id).doesNotContain(others);
		assertThat(listed(OTHER_AUTHOR)).contains(others).doesNotContain(this.id);
		assertThat(listed(ADMIN)).contains(this.id, others);
		this.client.mutateWith(LEARNER).get().uri("/api/courses").exchange().expectStatus().isForbidden();
	}

	java.util.List<Object> listed(JwtMutator who) {
		return this.client.mutateWith(who)
			.get()
			.uri("/api/courses")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.map((course) -> course.get("id"))
			.toList();
	}

	@Test
	void onlyTheOwnerAndAdminsNameCoAuthors() {
		this.client.mutateWith(CO_AUTHOR)
			.put()
			.uri("/api/courses/{id}/co-authors", this.id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("coAuthors", java.util.List.of("besa", "drita")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.mutateWith(ADMIN)
			.put()
			.uri("/api/courses/{id}/co-authors", this.id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("coAuthors", java.util.List.of("drita")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.coAuthors")
			.isEqualTo(java.util.List.of("drita"));
		this.client.mutateWith(OTHER_AUTHOR).get().uri("/api/courses/{id}", this.id).exchange().expectStatus().isOk();
		this.client.mutateWith(CO_AUTHOR)
			.get()
			.uri("/api/courses/{id}", this.id)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aDraftUpdateNeedsTheCurrentETag() {
		put(OWNER, null, CourseJson.course("No ETag")).expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/if-match-required");

		String etag = etag(OWNER);
		put(CO_AUTHOR, etag, CourseJson.course("Edited by Besa")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectBody()
			.jsonPath("$.draft.title.en")
			.isEqualTo("Edited by Besa");

		put(OWNER, etag, CourseJson.course("Based on an old copy")).expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/stale-revision");
		put(OWNER, "\"not-ours\"", CourseJson.course("Garbage ETag")).expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void publishingWarnsAboutOutdatedTranslationsAndVersionsAreListed() {
		String changed = CourseJson.course("Citizens' assemblies")
			.replace("The council decides <img src=x onerror=alert(1)> in advance.", "A rewritten English text.");
		put(OWNER, etag(OWNER), changed).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outdatedTranslations[0].lessonId")
			.isEqualTo("mandate")
			.jsonPath("$.outdatedTranslations[0].language")
			.isEqualTo("mk");

		post(CO_AUTHOR, "publish").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.outdatedTranslations[0].lessonId")
			.isEqualTo("mandate");
		put(OWNER, etag(OWNER), CourseJson.course("Second edition")).expectStatus().isOk();
		post(OWNER, "publish").expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(2);
		post(OWNER, "publish").expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/nothing-to-publish");

		this.client.mutateWith(ADMIN)
			.get()
			.uri("/api/courses/{id}/versions", this.id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].number")
			.isEqualTo(1)
			.jsonPath("$[0].title")
			.isEqualTo("Citizens' assemblies")
			.jsonPath("$[0].publishedAt")
			.exists()
			.jsonPath("$[1].number")
			.isEqualTo(2)
			.jsonPath("$[1].title")
			.isEqualTo("Second edition");
	}

	@Test
	void discardingGoesBackToTheLatestVersion() {
		post(OWNER, "publish").expectStatus().isCreated();
		put(OWNER, etag(OWNER), CourseJson.course("Abandoned idea")).expectStatus().isOk();

		post(OWNER, "discard").expectStatus().isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		this.client.mutateWith(OWNER)
			.post()
			.uri("/api/courses/{id}/discard", this.id)
			.header(HttpHeaders.IF_MATCH, etag(OWNER))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.draft.title.en")
			.isEqualTo("Citizens' assemblies")
			.jsonPath("$.unpublishedChanges")
			.isEqualTo(false);
	}

	@Test
	void retiringIsForEditorsAndStopsEditing() {
		post(OWNER, "retire").expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/not-published");
		post(OWNER, "publish").expectStatus().isCreated();

		post(CO_AUTHOR, "retire").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.lastVersion")
			.isEqualTo(1)
			.jsonPath("$.retiredAt")
			.exists();
		put(OWNER, etag(OWNER), CourseJson.course("Too late")).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/course-retired");
	}

	@Test
	void publishingNamesEveryFieldThatIsNotReady() {
		String broken = CourseJson.course("Broken")
			.replace("\"correct\": true", "\"correct\": false")
			.replace("\"passMark\": 50", "\"passMark\": 0")
			.replace("\"requiredQuizzes\": [\"basics-quiz\"]", "\"requiredQuizzes\": [\"final-exam\"]")
			.replace("\"title\": {\"en\": \"Basics\", \"mk\": \"Основи\"}", "\"title\": {\"mk\": \"Основи\"}");
		put(OWNER, etag(OWNER), broken).expectStatus().isOk();

		post(OWNER, "publish").expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'modules[0].quizzes[0].questions[0]')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'modules[0].quizzes[0].passMark')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'completionRules.requiredQuizzes[0]')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'modules[0].title')].message")
			.isEqualTo("needs a text in the default language 'en'");
	}

	@Test
	void malformedBodiesAreRefusedNamingTheField() {
		String unknownField = CourseJson.minimal()
			.replace("\"id\": \"mandate\",", "\"id\": \"mandate\", \"body\": \"x\",");
		put(OWNER, etag(OWNER), unknownField).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("modules[0].lessons[0].body")
			.jsonPath("$.errors[0].message")
			.isEqualTo("is not a known field");

		put(OWNER, etag(OWNER), CourseJson.minimal().replace("\"defaultLanguage\": \"en\", ", "")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'defaultLanguage')]")
			.exists();

		put(OWNER, etag(OWNER), CourseJson.course("T").replace("\"type\": \"SINGLE\"", "\"type\": \"ESSAY\""))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("modules[0].quizzes[0].questions[0].type");

		put(OWNER, etag(OWNER), "{\"title\": ").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void invalidLanguageTagsAndScriptsAreRefusedNamingTheField() {
		put(OWNER, etag(OWNER),
				CourseJson.minimal().replace("{\"en\": \"Basics\"}", "{\"en\": \"Basics\", \"en_GB\": \"x\"}"))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("modules[0].title")
			.jsonPath("$.errors[0].message")
			.isEqualTo("'en_GB' is not a valid BCP 47 language tag");
		put(OWNER, etag(OWNER),
				CourseJson.minimal().replace("\"defaultLanguage\": \"en\"", "\"defaultLanguage\": \"e\""))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("defaultLanguage");
		put(OWNER, etag(OWNER), CourseJson.minimal().replace("The council decides in advance.", "<script>x()</script>"))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("modules[0].lessons[0].content");
	}

	@Test
	void unknownCoursesAreNotFound() {
		this.client.mutateWith(ADMIN)
			.get()
			.uri("/api/courses/{id}", "no-such-course")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.mutateWith(ADMIN)
			.post()
			.uri("/api/courses/{id}/publish", "no-such-course")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
