package academy.agora.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The issue's coordinator journey in a real browser (headless Chromium) against the whole
 * running system: a coordinator plans a cohort, a learner joins it with its code, the
 * coordinator follows the member's progress, reads the dashboard's charts, exports CSV,
 * issues the certificate by attendance for the whole cohort (a bulk job with a progress
 * bar), then revokes it, and the public verification page says so. Every page is checked
 * with axe-core and photographed into {@code target/screenshots/coordinator/}; the
 * dashboard in English, Serbian (Cyrillic), Macedonian and Albanian.
 * <p>
 * To run it against a stack already running, pass
 * {@code -Dagora.web-url=http://localhost:8080} (a fresh data directory: the learner must
 * not be in another cohort of the sample course yet).
 */
class CoordinatorJourneyIT {

	/** The sample course's English title, as the catalogue lists it. */
	private static final String COURSE = "Participatory budgeting for municipalities";

	private static final String COHORT = "Zagreb, spring 2026";

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

	@Test
	void aCoordinatorPlansACohortIssuesItsCertificatesByAttendanceAndRevokesOne() throws Exception {
		try (Browser ivana = new Browser("coordinator", "en")) {
			// Signing in on the way to the coordination pages.
			ivana.open(web + "/coordination/cohorts");
			ivana.find(By.name("username")).sendKeys("ivana");
			ivana.find(By.name("password")).sendKeys("demo");
			ivana.click(By.cssSelector("button[type=submit]"));
			await().atMost(Duration.ofSeconds(60)).until(() -> ivana.driver().getCurrentUrl().startsWith(web));
			assertThat(ivana.path()).isEqualTo("/coordination/cohorts");
			assertThat(ivana.text()).contains("Ivana").contains("You do not run any cohort yet.");
			assertThat(ivana.find(By.cssSelector(".main-nav a[href='/coordination']")).getText())
				.isEqualTo("Coordination");
			ivana.check("cohorts-none");

			// Planning a cohort of the sample course, once course-service has published
			// it.
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				ivana.open(web + "/coordination/cohorts/new");
				return ivana.text().contains(COURSE);
			});
			ivana.check("cohort-new");
			// Sent without a name first: the form says what to fix, at the field.
			new Select(ivana.find(By.id("courseId"))).selectByVisibleText(COURSE);
			ivana.click(By.cssSelector("form.form-stack button[type=submit]"));
			assertThat(ivana.find(By.id("name-error")).getText()).isEqualTo("Give the cohort a name.");
			assertThat(ivana.find(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
			ivana.check("cohort-new-invalid");
			ivana.find(By.id("name")).sendKeys(COHORT);
			ivana.click(By.cssSelector("form.form-stack button[type=submit]"));
			assertThat(ivana.path()).startsWith("/coordination/cohorts/");
			String cohortPath = ivana.path();
			String joinCode = ivana.find(By.cssSelector(".join-code")).getText();
			assertThat(joinCode).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
			String joinUrl = ivana.find(By.id("join-link")).getAttribute("value");
			assertThat(joinUrl).isEqualTo(web + "/join?code=" + joinCode);
			assertThat(ivana.text()).contains("The cohort is planned.").contains("No one has joined yet.");
			ivana.check("cohort-planned");

			// Marko joins with the link and reads a first lesson.
			try (Browser marko = new Browser("coordinator/learner", "sr-Latn")) {
				marko.open(joinUrl);
				marko.find(By.name("username")).sendKeys("marko");
				marko.find(By.name("password")).sendKeys("demo");
				marko.click(By.cssSelector("button[type=submit]"));
				await().atMost(Duration.ofSeconds(60)).until(() -> marko.driver().getCurrentUrl().startsWith(web));
				assertThat(marko.path()).isEqualTo("/join");
				assertThat(marko.find(By.id("code")).getAttribute("value")).isEqualTo(joinCode);
				marko.check("join");
				marko.click(By.cssSelector("form[action$='/join'] button"));
				assertThat(marko.path()).startsWith("/courses/");
				marko.check("course-joined");
				marko.click(By.cssSelector(".modules a[href*='/lessons/']"));
				marko.click(By.cssSelector("form[action$='/completion'] button"));
				marko.open(web + "/learning");
				assertThat(marko.find(By.cssSelector("a[href='/join']")).isDisplayed()).isTrue();
				marko.check("learning");
			}

			// The member with their progress.
			ivana.open(web + cohortPath);
			WebElement member = ivana.find(By.cssSelector("table.members tbody tr"));
			assertThat(member.getText()).contains("Marko Jovanović").contains("Kragujevac").contains("In progress");
			assertThat(Integer.parseInt(member.findElement(By.tagName("progress")).getAttribute("value"))).isPositive();
			ivana.check("cohort-member");

			// CSV of the members, relayed with the service's file name.
			Cookie session = ivana.driver().manage().getCookieNamed("AGORA_WEB_SESSION");
			String csvUrl = ivana.find(By.cssSelector("a[href$='/members.csv']")).getAttribute("href");
			HttpResponse<byte[]> csv = get(csvUrl, session);
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
			assertThat(csv.headers().firstValue("Content-Disposition"))
				.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment").contains(".csv"));
			String members = new String(csv.body(), StandardCharsets.UTF_8);
			assertThat(members).startsWith("\uFEFFenrolmentId,learnerId,name").contains("Marko Jovanović");

			// The dashboard before anyone completed: the municipality and funnel charts.
			ivana.click(By.cssSelector(".sub-nav a[href='/coordination']"));
			assertThat(ivana.driver().findElements(By.cssSelector("svg.chart-svg[role=img]"))).hasSize(2);
			assertThat(ivana.find(By.cssSelector("#municipalities-summary")).getText()).contains("Kragujevac");
			ivana.check("dashboard-before");
			HttpResponse<byte[]> report = get(
					ivana.find(By.cssSelector("#funnel-title ~ .chart .download a")).getAttribute("href"), session);
			assertThat(report.statusCode()).isEqualTo(200);
			assertThat(new String(report.body(), StandardCharsets.UTF_8)).contains("moduleId,title,started,completed");

			// Issuing by attendance for the whole cohort: a bulk job with a progress bar.
			ivana.open(web + cohortPath);
			ivana.find(By.id("bulk-reason")).sendKeys("Attended all four workshops");
			ivana.click(By.cssSelector("form[action$='/attendance-completions'] button"));
			assertThat(ivana.path()).startsWith("/coordination/jobs/progress/");
			// The page's script reloads it once the job has ended; reading it meanwhile
			// may
			// find the old page gone.
			await().atMost(Duration.ofSeconds(60))
				.ignoreExceptions()
				.until(() -> ivana.find(By.cssSelector(".job-status")).getText().contains("Done"));
			WebElement bar = ivana.find(By.id("job-bar"));
			assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max")).isEqualTo("1");
			assertThat(ivana.find(By.id("job-text")).getText())
				.isEqualTo("1 of 1 handled: 1 done, 0 had nothing to change, 0 not possible.");
			ivana.check("job-done");

			// The certificate follows the completion; revoking it, with a reason.
			ivana.click(By.cssSelector(".actions a[href*='/coordination/certificates']"));
			await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
				ivana.driver().navigate().refresh();
				return ivana.text().contains("Marko Jovanović");
			});
			assertThat(ivana.find(By.cssSelector(".data-table tbody tr")).getText()).contains("Valid");
			ivana.check("certificates");
			ivana.click(By.cssSelector(".data-table tbody a"));
			String code = ivana.find(By.cssSelector(".facts code")).getText();
			assertThat(ivana.text()).contains("Completed by attendance").contains("Attended all four workshops");
			ivana.check("certificate");
			// A revocation needs a reason.
			ivana.click(By.cssSelector("form[action$='/revocation'] button"));
			assertThat(ivana.find(By.id("reason-revocation-error")).getText()).isEqualTo("Write a reason.");
			ivana.check("certificate-revoke-invalid");
			ivana.find(By.id("reason-revocation")).sendKeys("Issued in error: did not attend the workshops");
			ivana.click(By.cssSelector("form[action$='/revocation'] button"));
			assertThat(ivana.text()).contains("The certificate is revoked.");
			assertThat(ivana.find(By.cssSelector("h1 .badge")).getText()).isEqualTo("Revoked");
			assertThat(ivana.find(By.cssSelector("#history-title ~ .table-scroll tbody tr")).getText())
				.contains("Revoked")
				.contains("Issued in error");
			ivana.check("certificate-revoked");

			// What anyone holding the code now reads.
			ivana.open(web + "/verify/" + code);
			assertThat(ivana.find(By.cssSelector(".verdict")).getText()).contains("This certificate has been revoked.");
			ivana.check("verify-revoked");

			// The dashboard with every chart, in four languages, one of them in Cyrillic.
			ivana.open(web + "/coordination");
			assertThat(ivana.driver().findElements(By.cssSelector("svg.chart-svg[role=img]"))).hasSize(3);
			assertThat(ivana.find(By.id("timeline-summary")).getText()).contains("Completions in the last 12 weeks: 1");
			ivana.check("dashboard");
			for (String language : List.of("sr-Cyrl", "mk", "sq")) {
				ivana.click(By.cssSelector("a[hreflang='" + language + "']"));
				assertThat(ivana.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
				assertThat(ivana.driver().findElements(By.cssSelector("svg.chart-svg[role=img]"))).hasSize(3);
				ivana.check("dashboard");
			}
			assertThat(ivana.find(By.cssSelector("#funnel-title")).getText()).isEqualTo("Ecuria nëpër modulet");
			ivana.click(By.cssSelector("a[hreflang='sr-Cyrl']"));
			ivana.open(web + cohortPath);
			assertThat(ivana.find(By.cssSelector("table.members tbody tr")).getText()).contains("Завршено");
			ivana.check("cohort-completed");
			ivana.open(web + "/coordination/cohorts");
			ivana.check("cohorts");
			ivana.click(By.cssSelector("a[hreflang='en']"));
		}
	}

	private static HttpResponse<byte[]> get(String url, Cookie session) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
