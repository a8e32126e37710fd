package academy.agora.course.catalog.web;

import java.util.Map;

import academy.agora.course.CourseServiceApplication;
import academy.agora.course.WebSliceConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.course.WebSliceConfiguration.as;

/**
 * The preview of unsaved lesson Markdown, rendered as the reader renders it.
 */
@WebFluxTest(properties = "spring.config.name=" + CourseServiceApplication.CONFIG_NAME)
@Import(WebSliceConfiguration.class)
class MarkdownPreviewApiTests {

	static final JwtMutator AUTHOR = as("elira", "author", "sq");

	@Autowired
	WebTestClient client;

	WebTestClient.ResponseSpec preview(JwtMutator who, Object body) {
		WebTestClient client = (who != null) ? this.client.mutateWith(who) : this.client;
		return client.post()
			.uri("/api/courses/markdown-preview")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	@Test
	void anAuthorSeesTheirMarkdownAsLearnersWillReadItSanitised() {
		preview(AUTHOR,
				Map.of("markdown",
						"## Mandate\n\nThe council decides **in advance**.<script>alert(1)</script>\n\n"
								+ "[OECD](https://www.oecd.org/) [bad](javascript:alert(1))"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.html")
			.value((String html) -> org.assertj.core.api.Assertions.assertThat(html)
				.contains("<h2>Mandate</h2>", "<strong>in advance</strong>",
						"<a href=\"https://www.oecd.org/\" rel=\"nofollow noopener\">OECD</a>")
				.doesNotContain("<script", "javascript:"));
	}

	@Test
	void onlyAuthorsAndAdminsPreview() {
		preview(as("ana", "learner", "mk"), Map.of("markdown", "text")).expectStatus().isForbidden();
		preview(as("ivana", "coordinator", "hr"), Map.of("markdown", "text")).expectStatus().isForbidden();
		preview(as("admin", "admin", "en"), Map.of("markdown", "text")).expectStatus().isOk();
		preview(null, Map.of("markdown", "text")).expectStatus().isUnauthorized();
	}

	@Test
	void textLongerThanALessonIsRefused() {
		preview(AUTHOR, Map.of("markdown", "a".repeat(100_001))).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		preview(AUTHOR, Map.of()).expectStatus().isBadRequest();
	}

}
