package academy.agora.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Headless Chromium for the browser journeys. Every page a journey looks at goes through
 * {@link #check(String)}: axe-core must find no WCAG 2.0, 2.1 or 2.2 A or AA violation on
 * it, and a full-page screenshot is saved to
 * {@code target/screenshots/<journey>/NN-<name>-<language>.png}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("agora.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("agora.chromedriver", "/usr/bin/chromedriver"));

	/** The rule sets of WCAG 2.2 level AA, which includes those of 2.0 and 2.1. */
	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private static final int WIDTH = 1280;

	private final ChromeDriver driver;

	private final Path screenshots;

	private final String language;

	private int pages;

	/**
	 * Starts a browser with an empty profile.
	 * @param journey the journey's name, for the screenshot directory
	 * @param language the browser's language (its Accept-Language), such as {@code mk}
	 */
	Browser(String journey, String language) {
		requireInstalled();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=" + WIDTH + ",900", "--lang=" + language, "--hide-scrollbars");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.screenshots = Path.of("target", "screenshots", journey);
		this.language = language;
		try {
			Files.createDirectories(this.screenshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fails, never skips, when the browser is missing: the journeys are part of the
	 * definition of done. {@code .ci/run} installs both packages.
	 */
	static void requireInstalled() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser journeys need Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
					+ ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does this)");
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement find(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> driver.findElement(by));
	}

	/**
	 * Clicks a link or button that loads another page, and waits until it has.
	 * @param by what to click
	 */
	void click(By by) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		find(by).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> {
			try {
				return ExpectedConditions.stalenessOf(page).apply(driver);
			}
			catch (WebDriverException ex) {
				// Chromium sometimes answers for the old page while it is being replaced
				// ("Node with given id does not belong to the document"): it is gone.
				return true;
			}
		});
	}

	String title() {
		return this.driver.getTitle();
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	String path() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	/**
	 * Checks the page with axe-core and saves a screenshot of it.
	 * @param name what the page is, such as {@code lesson}
	 */
	void check(String name) {
		String lang = (String) ((JavascriptExecutor) this.driver).executeScript("return document.documentElement.lang");
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(this.driver);
		screenshot(name, (lang != null && !lang.isBlank()) ? lang : this.language);
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail("axe-core found " + violations.size() + " violation(s) on " + this.driver.getCurrentUrl() + ":\n"
					+ violations.stream()
						.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
								+ rule.getNodes()
									.stream()
									.map((node) -> "    " + node.getTarget() + "  " + abbreviate(node.getHtml()))
									.collect(Collectors.joining("\n")))
						.collect(Collectors.joining("\n")));
		}
		assertThat(results.getPasses()).as("axe-core ran its checks on %s", name).isNotEmpty();
	}

	/**
	 * Saves a screenshot of the whole page, however long, by making the window as tall as
	 * the page for a moment.
	 */
	void screenshot(String name, String lang) {
		Object height = ((JavascriptExecutor) this.driver)
			.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
		Dimension before = this.driver.manage().window().getSize();
		this.driver.manage().window().setSize(new Dimension(WIDTH, Math.min(((Number) height).intValue() + 40, 6000)));
		try {
			byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
			this.pages++;
			Files.write(this.screenshots.resolve(String.format("%02d-%s-%s.png", this.pages, name, lang)), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	/**
	 * What a first visit to the current URL transfers: the cache is emptied, the page is
	 * loaded again, and the sizes the Resource Timing API reports for the document and
	 * everything it loaded are added up (same-origin, so all are reported).
	 * @return bytes transferred, headers included
	 */
	long firstVisitBytes() {
		this.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
		this.driver.navigate().refresh();
		Object total = ((JavascriptExecutor) this.driver)
			.executeScript("const entries = performance.getEntriesByType('navigation')"
					+ ".concat(performance.getEntriesByType('resource'));"
					+ "return entries.reduce((sum, e) => sum + (e.transferSize || 0), 0);");
		return ((Number) total).longValue();
	}

	private static String abbreviate(String html) {
		return (html.length() > 160) ? html.substring(0, 160) + "…" : html;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
