package academy.agora.web.coordination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import academy.agora.web.relay.CoordinationApi;
import academy.agora.web.relay.CoordinationApi.BulkJob;
import academy.agora.web.relay.CoordinationApi.CertificateAction;
import academy.agora.web.relay.CoordinationApi.Cohort;
import academy.agora.web.relay.CoordinationApi.ManagedCertificate;
import academy.agora.web.relay.CoordinationApi.Member;
import academy.agora.web.relay.CoordinationApi.ModuleRow;
import academy.agora.web.relay.CoordinationApi.PeriodRow;
import academy.agora.web.relay.CoordinationApi.ReportRow;
import academy.agora.web.relay.CourseApi.CatalogItem;
import academy.agora.web.relay.ProgressApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

/**
 * The coordination pages against stand-ins for the services: what they show, what they
 * send on, and how they explain a refusal.
 */
@SpringBootTest(properties = { "spring.config.name=web", "agora.web.base-url=https://academy.example.org" })
class CoordinationPagesTests {

	private static final CatalogItem COURSE = new CatalogItem("pb", 1, Instant.parse("2026-01-05T10:00:00Z"), "en",
			List.of("en", "mk"), "Participatory budgeting for municipalities", "Summary", List.of(), 4, 5, 2);

	private static final Cohort COHORT = new Cohort("c-1", "Zagreb, spring 2026", "pb",
			"Participatory budgeting for municipalities", "Zagreb", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30),
			"7K3M9QXR", true, "ivana", Instant.parse("2026-03-01T09:00:00Z"));

	private static final Member MARKO = new Member("e-1", "marko", "Marko Jovanović", "Kragujevac", "IN_PROGRESS", 40,
			Instant.parse("2026-03-03T09:00:00Z"), null, Instant.parse("2026-03-04T09:00:00Z"), false);

	@MockitoBean
	CoordinationApi coordination;

	@MockitoBean
	ProgressApi progress;

	WebTestClient ivana;

	@BeforeEach
	void signIn(ApplicationContext context) {
		this.ivana = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(mockOidcLogin().clientRegistration(
					context.getBean(ReactiveClientRegistrationRepository.class).findByRegistrationId("agora").block())
				.idToken((token) -> token.claim("roles", List.of("coordinator"))
					.claim("municipality", "Zagreb")
					.claim("name", "Ivana Kovač")));
		given(this.coordination.courses(any())).willReturn(Flux.just(COURSE));
		given(this.coordination.cohorts()).willReturn(Flux.just(COHORT));
		given(this.coordination.cohort("c-1")).willReturn(Mono.just(COHORT));
		given(this.coordination.members("c-1")).willReturn(Flux.just(MARKO));
	}

	@Test
	void theDashboardDrawsEachChartWithASummaryAndItsNumbersAsATable() {
		given(this.coordination.enrolmentReport(eq("municipality"), any())).willReturn(Flux
			.just(new ReportRow("Kragujevac", "Kragujevac", 1200, 800, 300), new ReportRow(null, null, 3, 1, 0)));
		given(this.coordination.funnel(eq("pb"), any())).willReturn(
				Flux.just(new ModuleRow("m1", "Како започнува", 1200, 900), new ModuleRow("m2", "Гласање", 700, 300)));
		given(this.coordination.completions(any()))
			.willReturn(Flux.just(new PeriodRow("2026-W09", 0), new PeriodRow("2026-W10", 300)));

		String page = page("/coordination?lang=mk");

		assertThat(page).contains("lang=\"mk\"")
			.contains("Учесници и завршувања по општина")
			.contains("Учесници: 1.203. Завршиле курс: 300. Општини: 2. Најмногу учесници има во Kragujevac (1.200).")
			.contains("Без наведена општина")
			.contains("Учесници што го започнале првиот модул: 1.200. Учесници што го завршиле последниот модул: 300.")
			.contains("1. Како започнува")
			.contains("Завршувања во последните 12 недели: 300.")
			.contains("Прикажи ги бројките во табела")
			.contains("href=\"/coordination/reports/enrolments.csv?groupBy=municipality\"")
			.contains("href=\"/coordination/reports/funnel.csv?courseId=pb\"")
			.doesNotContain("style=");
		assertThat(page.split("<svg class=\"chart-svg\"", -1)).hasSize(4);
		assertThat(page).contains("aria-labelledby=\"municipalities-title municipalities-summary\"");
	}

	@Test
	void aDashboardWithoutDataSaysSoInsteadOfDrawingEmptyCharts() {
		given(this.coordination.enrolmentReport(eq("municipality"), any())).willReturn(Flux.empty());
		given(this.coordination.funnel(eq("pb"), any()))
			.willReturn(Flux.just(new ModuleRow("m1", "Getting started", 0, 0)));
		given(this.coordination.completions(any())).willReturn(Flux.empty());

		String page = page("/coordination?lang=en");

		assertThat(page).doesNotContain("<svg class=\"chart-svg\"")
			.contains("There is nothing to show yet.")
			.contains("No one completed a course in this period.");
	}

	@Test
	void theCohortPageShowsTheJoinCodeItsLinkAndEachMembersProgress() {
		String page = page("/coordination/cohorts/c-1?lang=en");

		assertThat(page).contains("<p class=\"join-code\">7K3M-9QXR</p>")
			.contains("value=\"https://academy.example.org/join?code=7K3M-9QXR\"")
			.contains("Marko Jovanović")
			.contains("<progress max=\"100\" value=\"40\" aria-label=\"Progress of Marko Jovanović\">40%</progress>")
			.contains("href=\"/coordination/cohorts/c-1/members.csv\"")
			.contains("Issue certificates to members not yet completed (1)");
	}

	@Test
	void aCohortWithoutANameIsNotSentAndTheFormSaysWhatToFix() {
		this.ivana.mutateWith(csrf())
			.post()
			.uri("/coordination/cohorts?lang=en")
			.body(BodyInserters.fromFormData("courseId", "pb")
				.with("name", " ")
				.with("startsOn", "2026-03-02")
				.with("endsOn", "2026-03-01"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Please check these fields")
				.contains("Give the cohort a name.")
				.contains("The last day cannot be before the first day.")
				.contains("aria-invalid=\"true\""));
		verify(this.coordination, never()).planCohort(any());
	}

	@Test
	void aMunicipalityOutsideTheCoordinatorsScopeIsExplainedAtItsField() {
		given(this.coordination.planCohort(any())).willReturn(Mono.error(refusal(HttpStatus.FORBIDDEN,
				"{\"type\":\"https://agora.academy/problems/municipality-out-of-scope\",\"status\":403}")));

		this.ivana.mutateWith(csrf())
			.post()
			.uri("/coordination/cohorts?lang=en")
			.body(BodyInserters.fromFormData("courseId", "pb")
				.with("name", "Split, spring")
				.with("startsOn", "2026-03-02")
				.with("endsOn", "2026-04-30")
				.with("municipality", "Split"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("You can plan cohorts only for your own municipality.")
				.contains("value=\"Split, spring\""));
	}

	@Test
	void aPlannedCohortOpensItsPage() {
		given(this.coordination.planCohort(any())).willReturn(Mono.just(COHORT));

		this.ivana.mutateWith(csrf())
			.post()
			.uri("/coordination/cohorts")
			.body(BodyInserters.fromFormData("courseId", "pb")
				.with("name", "Zagreb, spring 2026")
				.with("startsOn", "2026-03-02")
				.with("endsOn", "2026-04-30"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/coordination/cohorts/c-1?planned=true");
		verify(this.coordination).planCohort(new CoordinationApi.CohortPlan("pb", "Zagreb, spring 2026",
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30), null));
	}

	@Test
	void theMembersCsvIsRelayedWithTheServicesFileName() {
		byte[] csv = "\uFEFFenrolmentId,name\r\ne-1,Marko Jovanović\r\n".getBytes(StandardCharsets.UTF_8);
		given(this.coordination.membersCsv("c-1")).willReturn(Mono.just(ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cohort-c-1-members-2026-03-05.csv\"")
			.body(csv)));

		this.ivana.get()
			.uri("/coordination/cohorts/c-1/members.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cohort-c-1-members-2026-03-05.csv\"")
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.expectBody(byte[].class)
			.isEqualTo(csv);
	}

	@Test
	void onlyAReportsOwnParametersArePassedOn() {
		given(this.coordination.reportCsv(anyString(), any()))
			.willReturn(Mono.just(ResponseEntity.ok().body(new byte[] { 'a' })));

		this.ivana.get()
			.uri("/coordination/reports/enrolments.csv?groupBy=municipality&courseId=x&token=y")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"enrolments.csv\"");
		verify(this.coordination).reportCsv("enrolments", Map.of("groupBy", "municipality"));
		this.ivana.get().uri("/coordination/reports/secrets.csv").exchange().expectStatus().isNotFound();
	}

	@Test
	void issuingByAttendanceNeedsAReasonAndThenFollowsTheJob() {
		this.ivana.mutateWith(csrf())
			.post()
			.uri("/coordination/cohorts/c-1/attendance-completions?lang=en")
			.body(BodyInserters.fromFormData("reason", "  "))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Write a reason."));
		verify(this.coordination, never()).completeCohortByAttendance(anyString(), anyString(), any());

		given(this.coordination.completeCohortByAttendance("c-1", "Attended all four workshops", List.of()))
			.willReturn(Mono.just(job("RUNNING", 3, 1)));
		this.ivana.mutateWith(csrf())
			.post()
			.uri("/coordination/cohorts/c-1/attendance-completions")
			.body(BodyInserters.fromFormData("reason", " Attended all four workshops "))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/coordination/jobs/progress/j-1?cohort=c-1");
	}

	@Test
	void aJobShowsItsProgressAsABarWithItsNumbersAndTellsItsScriptHowFarItGot() {
		given(this.coordination.job(CoordinationApi.JobService.PROGRESS, "j-1"))
			.willReturn(Mono.just(job("RUNNING", 4, 1)));

		assertThat(page("/coordination/jobs/progress/j-1?cohort=c-1&lang=en"))
			.contains("<progress id=\"job-bar\" max=\"4\" value=\"1\" aria-describedby=\"job-text\">25%</progress>")
			.contains("1 of 4 handled: 1 done, 0 had nothing to change, 0 not possible.")
			.contains("data-running=\"true\"")
			.contains("href=\"/coordination/jobs/progress/j-1?cohort=c-1\"");
		this.ivana.get()
			.uri("/coordination/jobs/progress/j-1/progress?lang=en")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.running")
			.isEqualTo(true)
			.jsonPath("$.processed")
			.isEqualTo(1)
			.jsonPath("$.percent")
			.isEqualTo("25%");
		this.ivana.get().uri("/coordination/jobs/elsewhere/j-1").exchange().expectStatus().isNotFound();
	}

	@Test
	void revokingNeedsAReasonAndThenSaysItIsDone() {
		ManagedCertificate valid = certificate("VALID");
		given(this.coordination.certificate("cert-1")).willReturn(Mono.just(valid));

		this.ivana.mutateWith(csrf())
			.post()
			.uri("/coordination/certificates/cert-1/revocation?lang=en")
			.body(BodyInserters.fromFormData("reason", ""))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("id=\"reason-revocation-error\"").contains("Write a reason."));
		verify(this.coordination, never()).act(anyString(), any(), anyString());

		given(this.coordination.act("cert-1", CertificateAction.REVOKE, "Issued in error"))
			.willReturn(Mono.just(certificate("REVOKED")));
		this.ivana.mutateWith(csrf())
			.post()
			.uri("/coordination/certificates/cert-1/revocation")
			.body(BodyInserters.fromFormData("reason", "Issued in error"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/coordination/certificates/cert-1?done=revocation");
	}

	@Test
	void aCertificateOffersOnlyWhatItsStatusAllows() {
		given(this.coordination.certificate("cert-1")).willReturn(Mono.just(certificate("VALID")));
		assertThat(page("/coordination/certificates/cert-1?lang=en")).contains("/cert-1/suspension")
			.contains("/cert-1/revocation")
			.doesNotContain("/cert-1/reinstatement")
			.doesNotContain("/cert-1/approval");

		given(this.coordination.certificate("cert-1")).willReturn(Mono.just(certificate("REVOKED")));
		assertThat(page("/coordination/certificates/cert-1?lang=en&done=revocation"))
			.contains("The certificate is revoked.")
			.contains("This certificate is revoked for good.")
			.doesNotContain("/cert-1/revocation\"");
	}

	@Test
	void aLearnerJoinsWithACodeOrIsToldWhyNot() {
		given(this.progress.joinCohort(eq("ZZZZ-ZZZZ"), any())).willReturn(Mono.error(refusal(HttpStatus.NOT_FOUND,
				"{\"type\":\"https://agora.academy/problems/cohort-not-found\",\"status\":404}")));
		this.ivana.mutateWith(csrf())
			.post()
			.uri("/join?lang=en")
			.body(BodyInserters.fromFormData("code", "ZZZZ-ZZZZ"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("No cohort has this code.").contains("value=\"ZZZZ-ZZZZ\""));

		ProgressApi.Enrolment enrolment = new ProgressApi.Enrolment("e-1", "c-1", "pb", 1, "PB", "en", "IN_PROGRESS",
				List.of(), List.of(), List.of(), null, 0, 5, 7, 0, 0, Instant.now(), null, null, null, null);
		given(this.progress.joinCohort(eq("7k3m9qxr"), any())).willReturn(Mono.just(enrolment));
		this.ivana.mutateWith(csrf())
			.post()
			.uri("/join")
			.body(BodyInserters.fromFormData("code", "7k3m9qxr"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/courses/pb");
	}

	@Test
	void theMenuOffersCoordinationToCoordinatorsOnly(ApplicationContext context) {
		assertThat(page("/join?lang=en")).contains("href=\"/coordination\"");
		String learner = WebTestClient.bindToApplicationContext(context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build()
			.mutateWith(mockOidcLogin().clientRegistration(
					context.getBean(ReactiveClientRegistrationRepository.class).findByRegistrationId("agora").block())
				.idToken((token) -> token.claim("roles", List.of("learner"))))
			.get()
			.uri("/join?lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(learner).doesNotContain("href=\"/coordination\"");
	}

	private String page(String uri) {
		return this.ivana.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static BulkJob job(String status, int total, int done) {
		return new BulkJob("j-1", "attendance-completion", status, total, done, 0, 0, List.of(),
				Instant.parse("2026-03-05T10:00:00Z"), null);
	}

	private static ManagedCertificate certificate(String status) {
		return new ManagedCertificate("cert-1", "e-1", "pb", 1, "Participatory budgeting for municipalities", "en",
				Instant.parse("2026-03-05T10:00:00Z"), "Marko Jovanović", "Kragujevac", "c-1", status,
				"K7QM-3X9T-PD2W-HA6C", "https://academy.example.org/verify/K7QM-3X9T-PD2W-HA6C",
				Instant.parse("2026-03-05T10:00:01Z"), new CoordinationApi.Attendance("ivana", "Attended"), List.of());
	}

	private static WebClientResponseException refusal(HttpStatus status, String problem) {
		return WebClientResponseException.create(status.value(), status.getReasonPhrase(), HttpHeaders.EMPTY,
				problem.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

}
