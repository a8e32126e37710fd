package academy.agora.progress.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.agora.progress.CourseFixtures;
import academy.agora.progress.Tokens;
import academy.agora.progress.cohorts.domain.Cohort;
import academy.agora.progress.cohorts.domain.Cohorts;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.progress.enrolment.domain.Enrolment;
import academy.agora.progress.enrolment.domain.Enrolments;
import academy.agora.progress.enrolment.domain.Learner;
import academy.agora.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports over a known set of enrolments, stored through the service's own
 * persistence in a database of their own, against the MongoDB-wire server's aggregation.
 * <p>
 * Course {@code assemblies} ({@link CourseFixtures}: module {@code foundations} with
 * required lessons {@code mandate}, {@code lottery} and quiz {@code basics}; module
 * {@code deliberation} with required lesson {@code facilitation} and the optional
 * {@code recommendations}); course {@code budgeting}, two lessons, no modules. Cohort
 * {@code c1} is Ivana's for Zagreb, {@code c2} the admin's for Охрид.
 *
 * <pre>
 * learner             municipality  course      cohort  done                          status     active
 * Ана Петровска       Охрид         assemblies  c2      mandate, lottery, basics ✗    in prog.   yes
 * Marko Jovanović     Kragujevac    assemblies  -       every requirement 2026-01-02  completed  no
 * Ελένη Παπαδοπούλου  Θεσσαλονίκη   assemblies  c1      nothing                       in prog.   no
 * Luka Babić          Zagreb        assemblies  c1      recommendations               in prog.   yes
 * Goran Stojanoski    Ohrid         assemblies  -       mandate                       in prog.   no
 * Ivan Horvat         Zagreb        budgeting   -       both, 2025-12-30 23:30Z       completed  no
 * Petar Petrović      Kragujevac    budgeting   -       both, 2026-01-05 00:10Z       completed  no
 * Nomad               (none)        budgeting   -       nothing                       in prog.   yes
 * </pre>
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-reports-it" })
@Import(ReportsIT.FixedClock.class)
@DirtiesContext
class ReportsIT {

	/**
	 * The service's "now", so that "active in the last 30 days" means the same every run.
	 */
	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private static final String PROBLEM_BASE = "https://agora.academy/problems/";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Instant LONG_AGO = Instant.parse("2025-12-01T08:00:00Z");

	private static final String ZAGREB_COHORT = "c1";

	private static final String OHRID_COHORT = "c2";

	private static final String ZAGREB_COHORT_NAME = "Zagreb, spring \"pilot\"";

	private static final String OHRID_COHORT_NAME = "Охрид пролет 2026";

	private static boolean seeded;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-reports-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private Cohorts cohorts;

	@Autowired
	private Enrolments enrolments;

	@Autowired
	private ReactiveMongoTemplate mongo;

	private WebTestClient client;

	private final JwtMutator admin = Tokens.admin("admin");

	private final JwtMutator ivana = Tokens.coordinator("ivana", "Zagreb");

	@BeforeEach
	void seed() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
		if (seeded) {
			return;
		}
		Instant recently = NOW.minus(2, ChronoUnit.DAYS);
		CourseVersion assemblies = CourseVersion.of(CourseFixtures.published("assemblies", 1, LONG_AGO));
		CourseVersion budgeting = new CourseVersion("budgeting", 1, "Партиципативно буџетирање", "mk",
				List.of(new CourseVersion.Lesson("why", "Зошто"), new CourseVersion.Lesson("how", "Како")), LONG_AGO);
		this.courseVersions.record(assemblies).block();
		this.courseVersions.record(budgeting).block();
		this.cohorts
			.insert(new Cohort(ZAGREB_COHORT, ZAGREB_COHORT_NAME, "assemblies", assemblies.title(), "Zagreb", null,
					LocalDate.parse("2025-12-01"), LocalDate.parse("2026-12-31"), "ZAGREB01", "ivana", LONG_AGO),
					List.of())
			.block();
		this.cohorts
			.insert(new Cohort(OHRID_COHORT, OHRID_COHORT_NAME, "assemblies", assemblies.title(), "Охрид", null,
					LocalDate.parse("2025-12-01"), LocalDate.parse("2026-12-31"), "0HR1D001", "admin", LONG_AGO),
					List.of())
			.block();

		Enrolment ana = enrolled("ana", "Ана Петровска", "Охрид", assemblies, OHRID_COHORT)
			.completeLesson("mandate", recently)
			.enrolment()
			.completeLesson("lottery", recently)
			.enrolment()
			.recordAttempt(assemblies.quiz("basics").get().grade(CourseFixtures.basics(List.of("b"), List.of("z"))),
					recently)
			.enrolment();
		Enrolment marko = enrolled("marko", "Marko Jovanović", "Kragujevac", assemblies, null)
			.completeLesson("mandate", Instant.parse("2025-12-21T10:00:00Z"))
			.enrolment()
			.completeLesson("lottery", Instant.parse("2025-12-22T10:00:00Z"))
			.enrolment()
			.completeLesson("facilitation", Instant.parse("2026-01-01T10:00:00Z"))
			.enrolment()
			.recordAttempt(
					assemblies.quiz("basics").get().grade(CourseFixtures.basics(List.of("a"), List.of("x", "y"))),
					Instant.parse("2026-01-02T10:00:00Z"))
			.enrolment();
		Enrolment eleni = enrolled("eleni", "Ελένη Παπαδοπούλου", "Θεσσαλονίκη", assemblies, ZAGREB_COHORT);
		Enrolment luka = enrolled("luka", "Luka Babić", "Zagreb", assemblies, ZAGREB_COHORT)
			.completeLesson("recommendations", recently)
			.enrolment();
		Enrolment goran = enrolled("goran", "Goran Stojanoski", "Ohrid", assemblies, null)
			.completeLesson("mandate", Instant.parse("2026-01-03T10:00:00Z"))
			.enrolment();
		Enrolment ivan = enrolled("ivan", "Ivan Horvat", "Zagreb", budgeting, null)
			.completeLesson("why", Instant.parse("2025-12-30T23:00:00Z"))
			.enrolment()
			.completeLesson("how", Instant.parse("2025-12-30T23:30:00Z"))
			.enrolment();
		Enrolment petar = enrolled("petar", "Petar Petrović", "Kragujevac", budgeting, null)
			.completeLesson("why", Instant.parse("2026-01-05T00:05:00Z"))
			.enrolment()
			.completeLesson("how", Instant.parse("2026-01-05T00:10:00Z"))
			.enrolment();
		Enrolment nomad = Enrolment
			.enrol("nomad", new Learner("nomad", "Nomad", null, null, null), budgeting, null, recently)
			.enrolment();
		for (Enrolment enrolment : List.of(ana, marko, eleni, luka, goran, ivan, petar, nomad)) {
			this.enrolments.insert(enrolment, List.of()).block();
		}
		assertThat(marko.status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(marko.completedAt()).isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
		assertThat(ivan.completedAt()).isEqualTo(Instant.parse("2025-12-30T23:30:00Z"));
		assertThat(ana.status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		seeded = true;
	}

	private static Enrolment enrolled(String id, String name, String municipality, CourseVersion course,
			String cohortId) {
		return Enrolment.enrol(id, new Learner(id, name, municipality, null, null), course, cohortId, LONG_AGO)
			.enrolment();
	}

	@Test
	void enrolmentsByMunicipalityForAnAdminCountEveryone() {
		assertThat(rows(this.admin, "/api/reports/enrolments?groupBy=municipality")).containsExactly(
				row("Kragujevac", "Kragujevac", 2, 0, 2), row("Ohrid", "Ohrid", 1, 0, 0),
				row("Zagreb", "Zagreb", 2, 1, 1), row("Θεσσαλονίκη", "Θεσσαλονίκη", 1, 0, 0),
				row("Охрид", "Охрид", 1, 1, 0), row(null, "(no municipality)", 1, 1, 0));
	}

	@Test
	void enrolmentsByCourseAreLabelledWithTheirTitles() {
		assertThat(rows(this.admin, "/api/reports/enrolments")).containsExactly(
				row("assemblies", "Citizens' assemblies", 5, 2, 1),
				row("budgeting", "Партиципативно буџетирање", 3, 1, 2));
	}

	@Test
	void enrolmentsByCohortPutSelfPacedLearnersTogether() {
		assertThat(rows(this.admin, "/api/reports/enrolments?groupBy=cohort")).containsExactly(
				row(ZAGREB_COHORT, ZAGREB_COHORT_NAME, 2, 1, 0), row(OHRID_COHORT, OHRID_COHORT_NAME, 1, 1, 0),
				row(null, "(self-paced)", 5, 1, 3));
	}

	@Test
	void enrolmentsByCountryAddUpMunicipalitiesInAnySpelling() {
		assertThat(rows(this.admin, "/api/reports/enrolments?groupBy=country")).containsExactly(
				row("HR", "Croatia", 2, 1, 1), row("GR", "Greece", 1, 0, 0), row("MK", "North Macedonia", 2, 1, 0),
				row("RS", "Serbia", 2, 0, 2), row(null, "(unknown country)", 1, 1, 0));
	}

	@Test
	void aWithdrawnEnrolmentCountsAsEnrolledButNotActive() {
		CourseVersion budgeting = this.courseVersions.find("budgeting", 1).block();
		Enrolment wanda = Enrolment
			.enrol("wanda", new Learner("wanda", "Wanda", "Ohrid", null, null), budgeting, null,
					NOW.minus(1, ChronoUnit.DAYS))
			.enrolment()
			.withdraw(NOW.minus(1, ChronoUnit.DAYS))
			.enrolment();
		this.enrolments.insert(wanda, List.of()).block();
		try {
			assertThat(rows(this.admin, "/api/reports/enrolments?groupBy=municipality"))
				.contains(row("Ohrid", "Ohrid", 2, 0, 0));
		}
		finally {
			this.mongo.remove(new Query(Criteria.where("_id").is("wanda")), "enrolments").block();
		}
	}

	@Test
	void theActiveWindowCanBeWidenedPerRequest() {
		// Sixty days back from 2 March reach Marko (2 January), Goran (3 January) and
		// Petar (5 January), not Eleni (1 December) nor Ivan (30 December).
		assertThat(rows(this.admin, "/api/reports/enrolments?groupBy=course&activeDays=60")).containsExactly(
				row("assemblies", "Citizens' assemblies", 5, 4, 1),
				row("budgeting", "Партиципативно буџетирање", 3, 2, 2));
	}

	/**
	 * Ivana coordinates Zagreb and runs cohort c1: she counts Luka and Ivan (Zagreb) and
	 * Eleni (in c1, from Thessaloniki), and nobody from Ohrid or Kragujevac.
	 */
	@Test
	void aCoordinatorCountsTheirMunicipalityAndTheirCohortsOnly() {
		assertThat(rows(this.ivana, "/api/reports/enrolments?groupBy=municipality"))
			.containsExactly(row("Zagreb", "Zagreb", 2, 1, 1), row("Θεσσαλονίκη", "Θεσσαλονίκη", 1, 0, 0));
		assertThat(rows(this.ivana, "/api/reports/enrolments?groupBy=course")).containsExactly(
				row("assemblies", "Citizens' assemblies", 2, 1, 0),
				row("budgeting", "Партиципативно буџетирање", 1, 0, 1));
		assertThat(rows(this.ivana, "/api/reports/enrolments?groupBy=cohort"))
			.containsExactly(row(ZAGREB_COHORT, ZAGREB_COHORT_NAME, 2, 1, 0), row(null, "(self-paced)", 1, 0, 1));
		assertThat(rows(Tokens.coordinator("nobody", null), "/api/reports/enrolments")).isEmpty();
	}

	@Test
	void theFunnelCountsWhoStartedAndCompletedEachModule() {
		assertThat(rows(this.admin, "/api/reports/funnel?courseId=assemblies")).containsExactly(
				Map.of("moduleId", "foundations", "title", "Foundations", "started", 3, "completed", 1),
				Map.of("moduleId", "deliberation", "title", "Deliberation", "started", 2, "completed", 1));
		assertThat(rows(this.admin, "/api/reports/funnel?courseId=assemblies&version=1"))
			.isEqualTo(rows(this.admin, "/api/reports/funnel?courseId=assemblies"));
		assertThat(rows(this.ivana, "/api/reports/funnel?courseId=assemblies")).containsExactly(
				Map.of("moduleId", "foundations", "title", "Foundations", "started", 0, "completed", 0),
				Map.of("moduleId", "deliberation", "title", "Deliberation", "started", 1, "completed", 0));
		assertThat(rows(this.admin, "/api/reports/funnel?courseId=budgeting")).as("no modules").isEmpty();
	}

	@Test
	void completionsArePerUtcDayWeekOrMonthWithEveryPeriodListed() {
		String period = "/api/reports/completions?from=2025-12-29&to=2026-01-11";
		List<Map<String, Object>> days = rows(this.admin, period);
		assertThat(days).hasSize(14);
		assertThat(days).filteredOn((day) -> ((Number) day.get("completions")).intValue() > 0)
			.containsExactly(Map.of("period", "2025-12-30", "completions", 1),
					Map.of("period", "2026-01-02", "completions", 1), Map.of("period", "2026-01-05", "completions", 1));
		assertThat(rows(this.admin, period + "&interval=week")).containsExactly(
				Map.of("period", "2026-W01", "completions", 2), Map.of("period", "2026-W02", "completions", 1));
		assertThat(rows(this.admin, period + "&interval=month")).containsExactly(
				Map.of("period", "2025-12", "completions", 1), Map.of("period", "2026-01", "completions", 2));
		assertThat(rows(this.admin, period + "&interval=week&courseId=assemblies")).containsExactly(
				Map.of("period", "2026-W01", "completions", 1), Map.of("period", "2026-W02", "completions", 0));
		assertThat(rows(this.ivana, period + "&interval=week")).containsExactly(
				Map.of("period", "2026-W01", "completions", 1), Map.of("period", "2026-W02", "completions", 0));
		assertThat(rows(this.admin, "/api/reports/completions?from=2025-12-31&to=2025-12-31"))
			.as("23:30 UTC on the 30th is the 30th")
			.containsExactly(Map.of("period", "2025-12-31", "completions", 0));
	}

	/**
	 * The bytes a spreadsheet opens: a byte-order mark, then UTF-8, quoted by RFC 4180,
	 * lines ended by CRLF.
	 */
	@Test
	void csvIsUtf8WithAByteOrderMarkAndRfc4180Quoting() {
		EntityExchangeResult<byte[]> byCohort = csv(this.admin, "/api/reports/enrolments?groupBy=cohort",
				MediaType.parseMediaType("text/csv"));
		assertThat(byCohort.getResponseBody())
			.isEqualTo(bytes("key,label,enrolled,active,completed\r\n" + "c1,\"Zagreb, spring \"\"pilot\"\"\",2,1,0\r\n"
					+ "c2,Охрид пролет 2026,1,1,0\r\n" + ",(self-paced),5,1,3\r\n"));
		assertThat(byCohort.getResponseHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
		assertThat(byCohort.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"enrolments-by-cohort-\\d{4}-\\d{2}-\\d{2}\\.csv\"");

		assertThat(csv(this.admin, "/api/reports/enrolments?groupBy=municipality&format=csv", MediaType.ALL)
			.getResponseBody())
			.isEqualTo(bytes("key,label,enrolled,active,completed\r\n" + "Kragujevac,Kragujevac,2,0,2\r\n"
					+ "Ohrid,Ohrid,1,0,0\r\n" + "Zagreb,Zagreb,2,1,1\r\n" + "Θεσσαλονίκη,Θεσσαλονίκη,1,0,0\r\n"
					+ "Охрид,Охрид,1,1,0\r\n" + ",(no municipality),1,1,0\r\n"));
		assertThat(csv(this.admin, "/api/reports/funnel?courseId=assemblies&format=csv", MediaType.APPLICATION_JSON)
			.getResponseBody())
			.isEqualTo(bytes("moduleId,title,started,completed\r\n" + "foundations,Foundations,3,1\r\n"
					+ "deliberation,Deliberation,2,1\r\n"));
		assertThat(csv(this.admin, "/api/reports/completions?from=2025-12-29&to=2026-01-11&interval=month",
				MediaType.parseMediaType("text/csv"))
			.getResponseBody()).isEqualTo(bytes("period,completions\r\n2025-12,1\r\n2026-01,2\r\n"));
		byte[] members = csv(this.admin, "/api/cohorts/" + OHRID_COHORT + "/members",
				MediaType.parseMediaType("text/csv"))
			.getResponseBody();
		Enrolment ana = this.enrolments.findById("ana").block();
		assertThat(members).isEqualTo(bytes(
				"enrolmentId,learnerId,name,municipality,status,percentComplete,enrolledAt,completedAt,lastActivityAt,certified\r\n"
						+ "ana,ana,Ана Петровска,Охрид,IN_PROGRESS,50,2025-12-01T08:00:00Z,," + ana.lastActivityAt()
						+ ",false\r\n"));
	}

	@Test
	void learnersAndAuthorsGetNoReports() {
		for (JwtMutator who : List.of(Tokens.learnerIn("ana", "Ана Петровска", "Охрид"),
				Tokens.user("elira", "Elira", "author"))) {
			for (String path : List.of("/api/reports/enrolments", "/api/reports/funnel?courseId=assemblies",
					"/api/reports/completions")) {
				this.client.mutateWith(who)
					.get()
					.uri(path)
					.exchange()
					.expectStatus()
					.isForbidden()
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			}
		}
	}

	@Test
	void badParametersAreClearProblems() {
		invalid("/api/reports/enrolments?groupBy=region", "groupBy");
		invalid("/api/reports/enrolments?activeDays=0", "activeDays");
		invalid("/api/reports/enrolments?format=xlsx", "format");
		invalid("/api/reports/completions?from=2026-13-01", "from");
		invalid("/api/reports/completions?from=2026-02-01&to=2026-01-01", "from");
		invalid("/api/reports/completions?interval=year", "interval");
		invalid("/api/reports/funnel?courseId=assemblies&version=0", "version");
		for (String path : List.of("/api/reports/funnel?courseId=unknown",
				"/api/reports/funnel?courseId=assemblies&version=9", "/api/reports/completions?courseId=unknown")) {
			this.client.mutateWith(this.admin)
				.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_BASE + "course-not-found");
		}
		this.client.mutateWith(this.admin)
			.get()
			.uri("/api/reports/funnel")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void problemsAreProblemDetailsEvenWhenCsvWasAskedFor() {
		for (String path : List.of("/api/reports/enrolments?groupBy=region", "/api/reports/funnel?courseId=unknown",
				"/api/cohorts/no-such-cohort/members")) {
			this.client.mutateWith(this.admin)
				.get()
				.uri(path)
				.accept(MediaType.parseMediaType("text/csv"))
				.exchange()
				.expectStatus()
				.is4xxClientError()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isNotEmpty();
		}
	}

	private void invalid(String path, String parameter) {
		this.client.mutateWith(this.admin)
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "invalid-request")
			.jsonPath("$.errors[0].field")
			.isEqualTo(parameter);
	}

	private List<Map<String, Object>> rows(JwtMutator who, String path) {
		return this.client.mutateWith(who)
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private EntityExchangeResult<byte[]> csv(JwtMutator who, String path, MediaType accept) {
		return this.client.mutateWith(who)
			.get()
			.uri(path)
			.accept(accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	private static Map<String, Object> row(String key, String label, int enrolled, int active, int completed) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("key", key);
		row.put("label", label);
		row.put("enrolled", enrolled);
		row.put("active", active);
		row.put("completed", completed);
		return row;
	}

	private static byte[] bytes(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(BOM);
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
