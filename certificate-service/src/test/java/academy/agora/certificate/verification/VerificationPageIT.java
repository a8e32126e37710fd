package academy.agora.certificate.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.certificate.credential.domain.StatusEntry;
import academy.agora.certificate.credential.domain.StatusPurpose;
import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.certificate.issuing.domain.Certificates;
import academy.agora.certificate.issuing.domain.StatusChange;
import academy.agora.certificate.issuing.domain.StatusEntries;
import academy.agora.certificate.issuing.domain.VerificationCode;
import academy.agora.testsupport.TestInfrastructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The public verification page of the running service, over HTTP, for certificates stored
 * in each state.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.config.name=certificate-service",
		// Every request here comes from one address: only the JSON API is
		// limited, tightly, to see the limit at work.
		"agora.rate-limits[0].name=verification-api", "agora.rate-limits[0].paths=/api/verify/**",
		"agora.rate-limits[0].capacity=3", "agora.rate-limits[0].refill-per-minute=1" })
@AutoConfigureWebTestClient
class VerificationPageIT {

	private static final String DATABASE = "verification-page-it-" + UUID.randomUUID();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** 00:30 on 12 March in Skopje, still the 11th in UTC. */
	private static final Instant COMPLETED = Instant.parse("2026-03-11T23:30:00Z");

	private static final Instant ISSUED = Instant.parse("2026-03-13T08:00:00Z");

	private static final String MUNICIPALITY = "Струга";

	private static final String REASON = "Пријава за препишување";

	@Autowired
	private WebTestClient http;

	@Autowired
	private Certificates certificates;

	@BeforeEach
	void patientClient() {
		// The first requests meet a cold service on a machine busy starting Kafka.
		this.http = this.http.mutate().responseTimeout(TIMEOUT).build();
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, DATABASE);
	}

	@Test
	void aValidCertificateShowsWhatItPrintsInItsLanguageAndNothingElse() {
		Certificate certificate = stored(certificate("Ана Петровска"));

		EntityExchangeResult<String> page = get("/verify/{code}", certificate.verificationCode());

		assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(page.getResponseHeaders().getContentType())
			.isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
		Document html = Jsoup.parse(page.getResponseBody());
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("mk");
		assertThat(html.title()).isEqualTo("Проверка на сертификат – " + certificate.verificationCode());
		assertThat(status(html)).isEqualTo("✓ Важечки Овој сертификат е важечки.");
		assertThat(html.selectFirst(".status").hasClass("valid")).isTrue();
		assertThat(fields(html)).containsExactly(entry("Име и презиме", "Ана Петровска"),
				entry("Курс", "Партиципативно буџетирање"), entry("Верзија", "3"), entry("Број на часови", "12"),
				entry("Датум на завршување", "12 март 2026"), entry("Издавач", "NALAS"),
				entry("Код за проверка", certificate.verificationCode()), entry("Датум на издавање", "13 март 2026"));
		assertThat(page.getResponseBody()).doesNotContain(MUNICIPALITY, certificate.learnerId(),
				certificate.enrolmentId(), certificate.id(), certificate.cohortId(), certificate.courseId());
		assertThat(html.select("script")).isEmpty();
	}

	@Test
	void aCodeTypedAsPeopleDoFindsTheCertificate() {
		Certificate certificate = stored(certificate("Ана Петровска"));
		String typed = " " + certificate.verificationCode().replace("-", "").toLowerCase() + " ";

		EntityExchangeResult<String> page = get("/verify/{code}", typed);

		assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(fields(Jsoup.parse(page.getResponseBody()))).containsEntry("Код за проверка",
				certificate.verificationCode());
	}

	@Test
	void theLanguageSwitchOffersEveryLanguageInItsOwnName() {
		Certificate certificate = stored(certificate("Ана Петровска"));

		Document html = Jsoup.parse(get("/verify/{code}", certificate.verificationCode()).getResponseBody());

		List<Element> links = html.select("nav a");
		assertThat(links).extracting((link) -> link.attr("href"))
			.containsExactly("?lang=en", "?lang=sq", "?lang=mk", "?lang=sr-Latn", "?lang=sr-Cyrl", "?lang=bs",
					"?lang=hr", "?lang=sl", "?lang=bg", "?lang=ro", "?lang=el", "?lang=tr", "?lang=lt");
		assertThat(links).extracting(Element::text)
			.containsExactly("English", "Shqip", "Македонски", "Srpski (latinica)", "Српски (ћирилица)", "Bosanski",
					"Hrvatski", "Slovenščina", "Български", "Română", "Ελληνικά", "Türkçe", "Lietuvių");
		assertThat(html.select("nav a[aria-current]")).extracting(Element::text).containsExactly("Македонски");
		assertThat(html.selectFirst("nav").attr("aria-label")).isEqualTo("Јазик");
	}

	@Test
	void aLanguagePickedFromTheSwitchChangesTheWordsAndTheTitleIfTheCourseHasIt() {
		Certificate certificate = stored(certificate("Ана Петровска"));

		Document greek = Jsoup
			.parse(get("/verify/{code}?lang={lang}", certificate.verificationCode(), "el").getResponseBody());
		Document turkish = Jsoup
			.parse(get("/verify/{code}?lang={lang}", certificate.verificationCode(), "tr").getResponseBody());
		Document unknown = Jsoup
			.parse(get("/verify/{code}?lang={lang}", certificate.verificationCode(), "xx").getResponseBody());

		assertThat(greek.selectFirst("html").attr("lang")).isEqualTo("el");
		assertThat(status(greek)).isEqualTo("✓ Έγκυρο Αυτό το πιστοποιητικό είναι έγκυρο.");
		assertThat(fields(greek)).containsEntry("Μάθημα", "Συμμετοχικός προϋπολογισμός")
			.containsEntry("Ημερομηνία ολοκλήρωσης", "12 Μαρτίου 2026");
		assertThat(greek.select("nav a[aria-current]")).extracting(Element::text).containsExactly("Ελληνικά");
		// No Turkish title: the one printed, marked as Macedonian.
		assertThat(fields(turkish)).containsEntry("Kurs", "Партиципативно буџетирање");
		assertThat(turkish.selectFirst("dd[lang=mk]").text()).isEqualTo("Партиципативно буџетирање");
		assertThat(unknown.selectFirst("html").attr("lang")).isEqualTo("mk");
		assertThat(status(unknown)).isEqualTo("✓ Важечки Овој сертификат е важечки.");
	}

	@Test
	void aSuspendedCertificateSaysSinceWhenButNotWhy() {
		Certificate certificate = stored(
				certificate("Ana Petrovska").suspend("coordinator-1", REASON, Instant.parse("2026-04-02T10:00:00Z"))
					.certificate());

		Document html = english(certificate.verificationCode());

		assertThat(status(html)).isEqualTo("! Suspended This certificate is suspended since April 2, 2026.");
		assertThat(html.selectFirst(".status").hasClass("suspended")).isTrue();
		assertThat(fields(html)).containsEntry("Learner", "Ana Petrovska");
		assertThat(html.html()).doesNotContain(REASON, "coordinator-1");
	}

	@Test
	void aRevokedCertificateSaysWhenButNotWhy() {
		Certificate certificate = stored(
				certificate("Ana Petrovska").revoke("coordinator-1", REASON, Instant.parse("2026-05-05T10:00:00Z"))
					.certificate());

		Document html = english(certificate.verificationCode());

		assertThat(status(html)).isEqualTo("✗ Revoked This certificate was revoked on May 5, 2026.");
		assertThat(html.selectFirst(".status").hasClass("revoked")).isTrue();
		assertThat(html.html()).doesNotContain(REASON, "coordinator-1");
	}

	@Test
	void aPrintoutReplacedByAReissueSaysSoAndTheNewCodeIsValid() {
		Certificate original = certificate("Ana Petrovska");
		String newCode = code();
		Certificate reissued = stored(original
			.correctName("Ana Petrovska-Stojanova", "coordinator-1", REASON, new VerificationCode(newCode), entries(),
					Instant.parse("2026-04-10T10:00:00Z"))
			.certificate());

		Document old = english(original.verificationCode());
		Document current = english(reissued.verificationCode());

		assertThat(status(old)).isEqualTo("✗ Superseded This certificate was replaced on April 10, 2026 by a re-issue "
				+ "under another code; the earlier printout is no longer valid.");
		assertThat(fields(old)).containsEntry("Learner", "Ana Petrovska")
			.containsEntry("Verification code", original.verificationCode())
			.containsEntry("Issued on", "March 13, 2026");
		assertThat(status(current)).isEqualTo("✓ Valid This certificate is valid.");
		assertThat(fields(current)).containsEntry("Learner", "Ana Petrovska-Stojanova")
			.containsEntry("Verification code", newCode)
			.containsEntry("Issued on", "April 10, 2026");
	}

	@Test
	void anErasedLearnersCertificateNoLongerStandsAndNamesNobody() {
		Certificate certificate = stored(
				certificate("Ana Petrovska").erase(Instant.parse("2026-06-01T10:00:00Z")).certificate());

		Document html = english(certificate.verificationCode());

		assertThat(status(html)).isEqualTo("✗ Revoked The holder asked for their personal data to be erased; "
				+ "this certificate no longer stands.");
		assertThat(fields(html)).doesNotContainKey("Learner").containsEntry("Course", "Participatory budgeting");
		assertThat(html.html()).doesNotContain("Ana Petrovska");
	}

	@Test
	void aNameIsShownAsTextNeverAsMarkup() {
		String name = "<script>alert(1)</script> & \"Ana\" 'Petrovska'";
		Certificate certificate = stored(certificate(name));

		String page = get("/verify/{code}", certificate.verificationCode()).getResponseBody();

		assertThat(Jsoup.parse(page).select("script")).isEmpty();
		assertThat(fields(Jsoup.parse(page))).containsEntry("Име и презиме", name);
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ana&quot; &#39;Petrovska&#39;");
	}

	@Test
	void anUnknownOrMalformedCodeGetsAPageOfItsOwnWith404() {
		for (String code : List.of("0000-0000-0000-0000", "not-a-code", "K7QM-3X9T-PD2W-HA6C-K7QM", "€€€€-€€€€",
				"x".repeat(300))) {
			EntityExchangeResult<String> page = get("/verify/{code}", code);

			assertThat(page.getStatus()).as(code).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
			Document html = Jsoup.parse(page.getResponseBody());
			assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
			assertThat(html.selectFirst("h1").text()).isEqualTo("Certificate not found");
			assertThat(html.selectFirst("main p").text()).isEqualTo("No certificate has this code. Check it against "
					+ "the paper: the letters I and L are read as 1 and O as 0, and codes never contain U.");
		}
		Document macedonian = Jsoup
			.parse(get("/verify/{code}?lang={lang}", "0000-0000-0000-0000", "mk").getResponseBody());
		assertThat(macedonian.selectFirst("h1").text()).isEqualTo("Сертификатот не е пронајден");
	}

	@Test
	void thePageForbidsScriptsFramingSniffingReferrersAndCaching() {
		Certificate certificate = stored(certificate("Ана Петровска"));

		for (String code : List.of(certificate.verificationCode(), "0000-0000-0000-0000")) {
			EntityExchangeResult<String> page = get("/verify/{code}", code);

			HttpHeaders headers = page.getResponseHeaders();
			String style = Jsoup.parse(page.getResponseBody()).selectFirst("style").data();
			assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src '"
					+ sha256(style) + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
			assertThat(headers.getCacheControl()).isEqualTo("no-store");
			assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		}
	}

	@Test
	void theApiAnswersUntilTheClientsLimitThenTooManyRequests() {
		for (int i = 0; i < 3; i++) {
			this.http.get().uri("/api/verify/{code}", "0000-0000-0000-0000").exchange().expectStatus().isNotFound();
		}

		this.http.get()
			.uri("/api/verify/{code}", "0000-0000-0000-0000")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/rate-limited");
	}

	private EntityExchangeResult<String> get(String uri, Object... variables) {
		return this.http.get()
			.uri(uri, variables)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private Document english(String code) {
		return Jsoup.parse(get("/verify/{code}?lang=en", code).getResponseBody());
	}

	private Certificate stored(Certificate certificate) {
		assertThat(this.certificates.insertIfFirstForEnrolment(certificate, List.of()).block(TIMEOUT)).isTrue();
		return certificate;
	}

	private static String status(Document html) {
		return html.selectFirst(".status").text();
	}

	private static Map<String, String> fields(Document html) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element term : html.select("dl > dt")) {
			fields.put(term.text(), term.nextElementSibling().text());
		}
		return fields;
	}

	private static Certificate certificate(String learnerName) {
		return new Certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(),
				"learner-" + UUID.randomUUID(), learnerName, MUNICIPALITY, null, "cohort-" + UUID.randomUUID(),
				"course-" + UUID.randomUUID(), 3, "Партиципативно буџетирање",
				Map.of("mk", "Партиципативно буџетирање", "en", "Participatory budgeting", "el",
						"Συμμετοχικός προϋπολογισμός"),
				"mk", 12, COMPLETED, "NALAS", null, CertificateStatus.VALID, code(), ISSUED, entries(), List.of(),
				List.of(new StatusChange(StatusChange.Action.ISSUED, ISSUED, null, null)), null, 0L);
	}

	private static StatusEntries entries() {
		int index = RANDOM.nextInt(100_000);
		return new StatusEntries(new StatusEntry(StatusPurpose.REVOCATION, "revocation-1", index),
				new StatusEntry(StatusPurpose.SUSPENSION, "suspension-1", index));
	}

	private static String code() {
		return VerificationCode.generate(RANDOM).value();
	}

	private static String sha256(String text) {
		try {
			return "sha256-" + Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
