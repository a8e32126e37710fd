package academy.agora.web.learning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonHtmlTests {

	@Test
	void scriptsHandlersAndStylesNeverReachThePage() {
		String html = LessonHtml.clean("<p onclick=\"steal()\" style=\"color:red\">Hi</p><script>steal()</script>"
				+ "<a href=\"javascript:steal()\">x</a><iframe src=\"https://example.org\"></iframe>");
		assertThat(html).doesNotContain("script")
			.doesNotContain("onclick")
			.doesNotContain("style")
			.doesNotContain("iframe");
		assertThat(html).contains("<p>Hi</p>");
	}

	@Test
	void linksKeepTheirAddressAndOpenNothingOnOurOrigin() {
		assertThat(LessonHtml.clean("<p><a href=\"https://www.oecd.org/\">OECD</a></p>"))
			.contains("href=\"https://www.oecd.org/\"")
			.contains("rel=\"nofollow noopener\"");
	}

	@Test
	void theLessonsOwnTitleGivesWayToThePageHeading() {
		String html = LessonHtml.clean("<h1>Setting the rules</h1><p>Text</p><h1>Another part</h1><h2>Sub</h2>");
		assertThat(html).doesNotContain("Setting the rules").doesNotContain("<h1>").contains("<h2>Another part</h2>");
	}

}
