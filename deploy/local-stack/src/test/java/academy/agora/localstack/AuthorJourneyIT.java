package academy.agora.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The author's journey of issue #7 in a real browser against the whole running system:
 * Elira, who owns the sample courses, edits a lesson with a Markdown preview, sees the
 * Macedonian translation marked outdated beside it, previews the lesson as a learner,
 * tries to publish a broken quiz and is shown each error at its field, puts it right,
 * publishes version 2 and finds it in the version history; then a learner reads the new
 * text. Every page is checked with axe-core and photographed into
 * {@code target/screenshots/author/}, in English and in Macedonian (Cyrillic).
 * <p>
 * To run it against a stack already running, pass {@code -Dagora.web-url=...}; it needs
 * the sample course at version 1, so use a fresh data directory.
 */
class AuthorJourneyIT {

	private static final String SAMPLE_FILE = "participatory-budgeting.json";

	private static final String LESSON = "pb-rules-and-budget";

	private static final String QUIZ = "pb-cycle-quiz";

	private static final String NEW_PARAGRAPH = "Publish the rulebook **before** the first idea is collected.";

	@TempDir
	static Path data;

	static LocalStack stack;

	static String web;

	@BeforeAll
	static void start() {
		Browser.requireInstalled();
		web = System.getProperty("agora.web-url");
		if (web == null) {
			stack = LocalStack.start(Settings.isolated(data));
			web = stack.url(LocalStack.WEB);
		}
	}

	@AfterAll
	static void stop() {
		if (stack != null) {
			stack.close();
		}
	}

	/** The id course-service gives a sample course, the same on every start. */
	static String sampleCourseId() {
		return UUID.nameUUIDFromBytes(("sample-course:" + SAMPLE_FILE).getBytes(StandardCharsets.UTF_8)).toString();
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAuthorEditsAndRepublishesACourse() throws Exception {
		Map<String, Object> sample = JsonMapper.shared()
			.readValue(getClass().getResourceAsStream("/sample-courses/" + SAMPLE_FILE), Map.class);
		String title = ((Map<String, String>) sample.get("title")).get("en");
		String course = sampleCourseId();
		try (Browser browser = new Browser("author", "en")) {
			try {
				journey(browser, title, course, sample);
			}
			catch (AssertionError | RuntimeException ex) {
				// What the browser showed when the journey went wrong, to read beside the
				// screenshots.
				java.nio.file.Files.writeString(Path.of("target", "screenshots", "author", "failed-page.html"),
						browser.driver().getPageSource());
				throw ex;
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void journey(Browser browser, String title, String course, Map<String, Object> sample) {
		{
			signIn(browser, "elira");
			assertThat(browser.text()).contains("Elira Hoxha");

			// "My courses", for authors only, lists the sample courses she owns.
			browser.click(By.linkText("My courses"));
			assertThat(browser.path()).isEqualTo("/authoring");
			assertThat(browser.find(By.tagName("main")).getText()).contains(title).contains("Published: version 1");
			browser.check("my-courses");

			browser.click(By.linkText("New course"));
			browser.check("new-course");
			browser.click(By.linkText("Cancel"));

			// The course page: modules, lessons and quizzes, publication.
			browser.click(By.linkText(title));
			assertThat(browser.path()).isEqualTo("/authoring/" + course);
			assertThat(browser.find(By.id("publish")).getText()).contains("The draft is the same as version 1");
			browser.check("course");

			browser.click(By.linkText("Edit the details"));
			assertThat(browser.find(By.id("title-en")).getAttribute("value")).isEqualTo(title);
			assertThat(browser.find(By.id("title-mk")).getAttribute("value"))
				.isEqualTo(((Map<String, String>) sample.get("title")).get("mk"));
			browser.check("course-details");
			browser.click(By.linkText("Back to the course"));

			// A lesson, English beside Macedonian; the English text gains a paragraph,
			// previewed as learners will read it before it is saved.
			browser.click(By.cssSelector("#part-" + LESSON + " > a"));
			assertThat(browser.path()).isEqualTo("/authoring/" + course + "/lessons/" + LESSON);
			assertThat(browser.driver().findElements(By.cssSelector(".outdated-notice"))).isEmpty();
			browser.check("lesson-editor");
			WebElement english = browser.find(By.id("content-en"));
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value += '\\n\\n' + arguments[1];",
					english, NEW_PARAGRAPH);
			browser.click(By.cssSelector("button[value=preview]"));
			assertThat(browser.find(By.id("previews")).getAttribute("innerHTML")).contains("<strong>before</strong>");
			assertThat(browser.find(By.id("content-en")).getAttribute("value")).endsWith(NEW_PARAGRAPH);
			browser.check("lesson-markdown-preview");

			// Saved: the Macedonian translation was made from the old English text, so it
			// is marked outdated.
			browser.click(By.cssSelector("button[value=save]"));
			assertThat(browser.text()).contains("Saved.");
			assertThat(browser.find(By.cssSelector(".outdated-notice")).getText())
				.contains("Translation outdated: Macedonian");
			browser.check("lesson-translation-outdated");

			// The same editor in Macedonian, Cyrillic.
			browser.open(browser.driver().getCurrentUrl().replaceAll("[&?]done=saved", "") + "&lang=mk");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("mk");
			assertThat(browser.find(By.cssSelector(".outdated-notice")).getText())
				.contains("Застарен превод: Македонски");
			browser.check("lesson-editor");

			// Preview as a learner: the Macedonian reader, with its outdated notice.
			browser.click(By.linkText("Преглед како учесник"));
			assertThat(browser.find(By.cssSelector(".preview-banner")).getText()).contains("Преглед на нацртот");
			assertThat(browser.text()).contains("Оригиналниот текст на оваа лекција е променет");
			browser.check("preview-lesson");
			browser.click(By.cssSelector(".preview-languages a[hreflang=en]"));
			assertThat(browser.find(By.cssSelector(".lesson-body")).getAttribute("innerHTML"))
				.contains("<strong>before</strong>");
			browser.check("preview-lesson-english");

			browser.open(web + "/authoring/" + course + "?lang=mk");
			assertThat(browser.find(By.id("part-" + LESSON)).getText()).contains("Застарен превод: Македонски");
			browser.check("course");

			// A broken quiz: no pass mark a quiz can have, and a question without its
			// English text. Saving a draft allows both; publishing does not.
			browser.open(web + "/authoring/" + course + "/quizzes/" + QUIZ + "?lang=en");
			browser.check("quiz-editor");
			WebElement passMark = browser.find(By.id("passMark"));
			passMark.clear();
			passMark.sendKeys("0");
			String questionText = browser.find(By.id("question-0-text-en")).getAttribute("value");
			browser.find(By.id("question-0-text-en")).clear();
			browser.click(By.cssSelector("button[value=save]"));
			assertThat(browser.text()).contains("Saved.");

			browser.click(By.linkText("Back to the course"));
			browser.click(By.cssSelector("#publish button[type=submit]"));
			WebElement summary = browser.find(By.id("errors"));
			assertThat(summary.getText()).contains("There is a problem")
				.contains("Pass mark in per cent")
				.contains("Enter a pass mark from 1 to 100.")
				.contains("Text of question 1")
				.contains("Write this in English, the default language, before publishing.");
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("errors");
			browser.check("publish-errors");

			// Each error links to its field, where it is shown again.
			browser.click(By.partialLinkText("Pass mark in per cent"));
			assertThat(browser.path()).isEqualTo("/authoring/" + course + "/quizzes/" + QUIZ);
			assertThat(browser.find(By.id("passMark-error")).getText()).contains("Enter a pass mark from 1 to 100.");
			assertThat(browser.find(By.id("passMark")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find(By.id("question-0-text-en-error")).getText()).contains("Write this in English");
			browser.check("quiz-field-errors");

			passMark = browser.find(By.id("passMark"));
			passMark.clear();
			passMark.sendKeys("70");
			browser.find(By.id("question-0-text-en")).sendKeys(questionText);
			browser.click(By.cssSelector("button[value=save]"));
			assertThat(browser.driver().findElements(By.id("errors"))).isEmpty();

			browser.click(By.linkText("Back to the course"));
			assertThat(browser.find(By.id("publish")).getText()).contains("Publishing makes this draft version 2");
			browser.click(By.cssSelector("#publish button[type=submit]"));
			assertThat(browser.path()).isEqualTo("/authoring/" + course + "/versions");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Version 2 is published")
				.contains("It was published with 1 outdated translation");
			assertThat(browser.driver().findElements(By.cssSelector(".data-table tbody tr"))).hasSize(2);
			browser.check("versions");
			browser.open(web + "/authoring/" + course + "/versions?lang=mk");
			browser.check("versions");

			// Retiring asks first; cancelling leaves the course as it is.
			browser.open(web + "/authoring/" + course + "/retirement?lang=en");
			browser.check("retire-confirmation");
			browser.click(By.linkText("Cancel"));
			assertThat(browser.find(By.cssSelector(".editor-head")).getText()).contains("Published: version 2");

			// A learner reads the new version.
			browser.click(By.cssSelector("form[action$='/logout'] button"));
			await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals("/"));
			signIn(browser, "marko");
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				browser.open(web + "/courses/" + course + "/lessons/" + LESSON + "?lang=en");
				return browser.find(By.cssSelector(".lesson-body")).getText().contains("first idea is collected");
			});
			assertThat(browser.driver().findElements(By.linkText("My courses"))).isEmpty();
			browser.check("learner-reads-version-2");
		}
	}

	private static void signIn(Browser browser, String username) {
		browser.open(web + "/");
		browser.click(By.cssSelector("a[href$='/oauth2/authorization/agora']"));
		browser.find(By.name("username")).sendKeys(username);
		browser.find(By.name("password")).sendKeys("demo");
		browser.check("identity-provider-sign-in");
		browser.click(By.cssSelector("button[type=submit]"));
		await().atMost(Duration.ofSeconds(15)).until(() -> browser.driver().getCurrentUrl().startsWith(web));
	}

}
