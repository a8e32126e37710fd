package academy.agora.course.catalog.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonHtmlTests {

	@Test
	void markdownBecomesHtml() {
		String html = LessonHtml.render("# Title\n\nSome *emphasis* and **strength**.\n\n- one\n- two\n\n"
				+ "> quoted\n\n`code`\n\n1. first\n2. second\n");

		assertThat(html).contains("<h1>Title</h1>", "<em>emphasis</em>", "<strong>strength</strong>", "<li>one</li>",
				"<blockquote>", "<code>code</code>", "<ol>");
	}

	@Test
	void tablesAreKept() {
		String html = LessonHtml.render("| Phase | Weeks |\n| --- | ---: |\n| Learning | 2 |\n");

		assertThat(html).contains("<table>", "<th>Phase</th>", "<td align=\"right\">2</td>");
	}

	@Test
	void linksKeepHttpHttpsAndMailtoAndNeverOpenOurWindow() {
		String html = LessonHtml
			.render("[OECD](https://www.oecd.org) [old](http://example.org) [mail](mailto:info@example.org)");

		assertThat(html).contains("href=\"https://www.oecd.org\"", "href=\"http://example.org\"",
				"href=\"mailto:info&#64;example.org\"");
		assertThat(html).contains("rel=\"nofollow noopener\"");
	}

	@Test
	void scriptsAreRemovedWithTheirContent() {
		String html = LessonHtml.render("Hello\n\n<script>alert('x')</script>\n\n<SCRIPT src=x></SCRIPT>");

		assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert");
		assertThat(html).contains("Hello");
	}

	@Test
	void eventHandlersAndStylesAreRemoved() {
		String html = LessonHtml
			.render("<p onclick=\"steal()\" style=\"color:red\">Click</p>\n\n<img src=x onerror=\"alert(1)\">");

		assertThat(html).doesNotContain("onclick", "onerror", "style", "<img", "alert");
		assertThat(html).contains("Click");
	}

	@Test
	void javascriptLinksAreRemoved() {
		String html = LessonHtml.render("[click](javascript:alert(1)) and <a href=\"javascript:alert(2)\">raw</a>"
				+ " and <a href=\"JaVaScRiPt:alert(3)\">mixed</a>");

		assertThat(html).doesNotContainIgnoringCase("javascript").doesNotContain("alert");
		assertThat(html).contains("click", "raw", "mixed");
	}

	@Test
	void framesObjectsAndImagesAreRemoved() {
		String html = LessonHtml.render("<iframe src=\"https://evil.example\"></iframe>\n\n"
				+ "<object data=\"x\"></object><embed src=\"y\">\n\n![diagram](https://example.org/d.png)\n\n"
				+ "<style>body{display:none}</style>");

		assertThat(html).doesNotContain("<iframe", "evil.example", "<object", "<embed", "<img", "<style", "display");
	}

	@Test
	void nothingRendersAsNothing() {
		assertThat(LessonHtml.render(null)).isEmpty();
	}

}
