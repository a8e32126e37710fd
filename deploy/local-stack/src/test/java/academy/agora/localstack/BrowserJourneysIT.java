package academy.agora.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journeys in a real browser (headless Chromium) against the whole running
 * system, signing in through the identity provider's own form. Every page visited is
 * checked with axe-core and photographed into {@code target/screenshots/}.
 * <p>
 * To run them against a stack already running ({@code ./run-local.sh}), pass
 * {@code -Dagora.web-url=http://localhost:8080}; the journeys need a learner who has not
 * completed the sample course yet, so use a fresh data directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysIT {

	/** The sample course the learner takes, as course-service publishes it. */
	private static final String SAMPLE = "/sample-courses/participatory-budgeting.json";

	/** A first visit to a lesson must transfer less than this, course media aside. */
	private static final long LESSON_BUDGET_BYTES = 200 * 1024;

	@TempDir
	static Path data;

	static LocalStack stack;

	static String web;

	/** What the learner's journey leaves for the stranger's: the certificate's link. */
	static String verificationUrl;

	static String learnerName = "Ana Petrovska";

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

	/**
	 * Ana, whose account is in Macedonian (Cyrillic), signs in, finds the sample course
	 * on participatory budgeting, reads every lesson, passes both quizzes, sees her
	 * progress and downloads her certificate.
	 */
	@Test
	@Order(1)
	@SuppressWarnings("unchecked")
	void aLearnerCompletesTheSampleCourseAndDownloadsTheCertificate() throws Exception {
		Map<String, Object> sample = JsonMapper.shared().readValue(getClass().getResourceAsStream(SAMPLE), Map.class);
		String title = ((Map<String, String>) sample.get("title")).get("mk");
		try (Browser browser = new Browser("learner", "mk")) {
			browser.open(web + "/");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("mk");
			browser.check("landing");

			browser.click(By.cssSelector(".hero a.button"));
			browser.find(By.name("username")).sendKeys("ana");
			browser.find(By.name("password")).sendKeys("demo");
			browser.check("identity-provider-sign-in");
			browser.click(By.cssSelector("button[type=submit]"));
			await().atMost(Duration.ofSeconds(15)).until(() -> browser.driver().getCurrentUrl().startsWith(web));
			assertThat(browser.text()).contains("Ana Petrovska");

			// The catalogue, filtered by topic; the course reaches it once published.
			browser.click(By.linkText("Курсеви"));
			browser.check("catalogue");
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				browser.open(web + "/courses");
				return browser.text().contains(title);
			});
			new Select(browser.find(By.id("topic"))).selectByValue("participatory-budgeting");
			browser.click(By.cssSelector(".filters button[type=submit]"));
			assertThat(browser.driver().getCurrentUrl()).contains("topic=participatory-budgeting");
			browser.check("catalogue-filtered");
			browser.click(By.linkText(title));
			assertThat(browser.text()).contains("Модули");
			browser.check("course");

			// Enrolling opens the first lesson; each "mark complete" goes on to the next
			// lesson or the module's quiz.
			String coursePage = browser.driver().getCurrentUrl();
			browser.click(By.cssSelector("form[action$='/enrolment'] button"));
			assertThat(browser.path()).contains("/lessons/");
			browser.check("lesson");
			long bytes = browser.firstVisitBytes();
			System.out.printf("A first visit to %s transferred %,d bytes%n", browser.path(), bytes);
			assertThat(bytes).as("bytes of a first visit to a lesson page")
				.isPositive()
				.isLessThan(LESSON_BUDGET_BYTES);

			int lessons = 0;
			int quizzes = 0;
			for (Map<String, Object> module : (List<Map<String, Object>>) sample.get("modules")) {
				for (Map<String, Object> lesson : (List<Map<String, Object>>) module.get("lessons")) {
					assertThat(browser.path()).endsWith("/lessons/" + lesson.get("id"));
					if (lessons > 0 && lessons < 2) {
						browser.check("lesson-" + lesson.get("id"));
					}
					browser.click(By.cssSelector("form[action$='/completion'] button"));
					lessons++;
					if (lessons == 1) {
						// The course page offers to continue where she left off: the next
						// lesson, which the next turn of the loop expects.
						browser.driver().navigate().to(coursePage);
						browser.click(By.cssSelector("a.button-large"));
					}
				}
				for (Map<String, Object> quiz : (List<Map<String, Object>>) module.get("quizzes")) {
					assertThat(browser.path()).endsWith("/quizzes/" + quiz.get("id"));
					if (quizzes == 0) {
						browser.check("quiz");
						// A first attempt with nothing ticked: not passed, with feedback.
						browser.click(By.cssSelector("form.quiz button[type=submit]"));
						assertThat(browser.find(By.id("result")).getText()).contains("Сè уште не е положен");
						browser.check("quiz-feedback");
					}
					for (Map<String, Object> question : (List<Map<String, Object>>) quiz.get("questions")) {
						for (Map<String, Object> option : (List<Map<String, Object>>) question.get("options")) {
							WebElement box = browser.find(By.id("q-" + question.get("id") + "-" + option.get("id")));
							if (Boolean.TRUE.equals(option.get("correct")) != box.isSelected()) {
								box.click();
							}
						}
					}
					browser.click(By.cssSelector("form.quiz button[type=submit]"));
					assertThat(browser.find(By.id("result")).getText()).contains("Го положивте квизот");
					if (quizzes == 0) {
						browser.check("quiz-passed");
					}
					quizzes++;
					browser.click(By.cssSelector(".step-next"));
				}
			}
			assertThat(browser.text()).contains("Го завршивте овој курс");
			browser.check("course-completed");

			browser.click(By.linkText("Мое учење"));
			assertThat(browser.find(By.tagName("main")).getText()).contains(title).contains("100");
			assertThat(browser.find(By.id("course-0")).getAttribute("value")).isEqualTo("100");
			browser.check("progress");

			// The certificate is issued from the completion event, within moments.
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				browser.open(web + "/certificates");
				return !browser.driver().findElements(By.cssSelector(".certificate-card")).isEmpty();
			});
			browser.check("certificates");
			WebElement link = browser.find(By.cssSelector(".share-link"));
			verificationUrl = link.getAttribute("value");
			assertThat(verificationUrl).startsWith(web + "/verify/");
			String pdfUrl = browser.find(By.cssSelector(".certificate-actions a")).getAttribute("href");
			byte[] pdf = download(pdfUrl, browser.driver().manage().getCookieNamed("AGORA_WEB_SESSION"));
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

			// Signing out ends the session here and at the identity provider.
			browser.click(By.cssSelector("form[action$='/logout'] button"));
			await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().equals("/"));
			assertThat(browser.driver().findElements(By.cssSelector("form[action$='/logout']"))).isEmpty();
			browser.open(web + "/learning");
			assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(web);
		}
	}

	/**
	 * Someone without an account opens the certificate's link (what its QR code holds),
	 * reads it in English and in Serbian, and tries a code that does not exist.
	 */
	@Test
	@Order(2)
	void aStrangerVerifiesTheCertificateWithoutSigningIn() {
		assertThat(verificationUrl).as("the learner's journey left a certificate to verify").isNotNull();
		try (Browser browser = new Browser("stranger", "en")) {
			browser.open(web + "/?lang=en");
			browser.check("landing");
			browser.open(verificationUrl);
			assertThat(browser.find(By.cssSelector(".verdict")).getText()).contains("This certificate is valid.");
			assertThat(browser.text()).contains(learnerName);
			browser.check("verified");

			browser.click(By.cssSelector("a[hreflang='sr-Cyrl']"));
			assertThat(browser.find(By.cssSelector(".verdict")).getText()).contains("Овај сертификат је важећи.");
			browser.check("verified");
			browser.click(By.cssSelector("a[hreflang='sq']"));
			browser.check("verified");

			browser.click(By.cssSelector("a[hreflang='en']"));
			browser.open(web + "/verify");
			browser.check("verify-form");
			String code = verificationUrl.substring(verificationUrl.lastIndexOf('/') + 1);
			browser.find(By.id("code")).sendKeys(code.toLowerCase().replace("-", ""));
			browser.click(By.cssSelector(".verify-form button"));
			assertThat(browser.find(By.cssSelector(".verdict")).getText()).contains("This certificate is valid.");

			browser.open(web + "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ");
			assertThat(browser.text()).contains("No certificate has this code");
			browser.check("unknown-code");
		}
	}

	private static byte[] download(String url, Cookie session) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

}
