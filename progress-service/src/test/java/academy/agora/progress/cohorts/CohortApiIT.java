package academy.agora.progress.cohorts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.CohortPlanned;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.progress.Tokens;
import academy.agora.progress.cohorts.domain.Cohort;
import academy.agora.progress.cohorts.domain.Cohorts;
import academy.agora.progress.cohorts.domain.JoinCode;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static academy.agora.testsupport.KafkaRecords.hasKey;
import static academy.agora.testsupport.KafkaRecords.hasType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Cohorts over HTTP against real Kafka and a MongoDB-wire server: planning, joining,
 * members and the scope cohorts give coordinators. Ivana coordinates Zagreb, Goran
 * coordinates Ohrid; Ana and Elena are learners from Ohrid, Marko from Kragujevac.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-cohort-api-it" })
@DirtiesContext
class CohortApiIT {

	private static final String PROBLEM_BASE = "https://agora.academy/problems/";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-cohort-api-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private Cohorts cohorts;

	private WebTestClient client;

	private String courseId;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	private final String ivana = "ivana-" + UUID.randomUUID();

	private final String goran = "goran-" + UUID.randomUUID();

	private final String ana = "ana-" + UUID.randomUUID();

	private final String elena = "elena-" + UUID.randomUUID();

	private final String marko = "marko-" + UUID.randomUUID();

	@BeforeEach
	void publishACourse() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
		this.courseId = "assemblies-" + UUID.randomUUID();
		this.courseVersions.record(version(1, "Citizens' assemblies", "intro")).block();
		this.courseVersions.record(version(2, "Citizens' assemblies, revised", "intro", "recruitment")).block();
	}

	@Test
	void aCoordinatorPlansACohortForTheirMunicipalityAndGetsAJoinCode() {
		EntityExchangeResult<Map<String, Object>> result = plan(Tokens.coordinator(this.ivana, "Zagreb"),
				Map.of("courseId", this.courseId, "name", "Zagreb, spring", "startsOn", this.today.toString(), "endsOn",
						this.today.plusDays(30).toString()))
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();

		Map<String, Object> cohort = result.getResponseBody();
		assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/cohorts/" + cohort.get("id"));
		assertThat(cohort).containsEntry("name", "Zagreb, spring")
			.containsEntry("courseId", this.courseId)
			.containsEntry("courseTitle", "Citizens' assemblies, revised")
			.containsEntry("municipality", "Zagreb")
			.containsEntry("startsOn", this.today.toString())
			.containsEntry("endsOn", this.today.plusDays(30).toString())
			.containsEntry("open", true)
			.containsEntry("createdBy", this.ivana)
			.containsKey("createdAt");
		assertThat((String) cohort.get("joinCode")).matches("[0-9A-HJKMNP-TV-Z]{8}");
		this.client.mutateWith(Tokens.coordinator(this.ivana, "Zagreb"))
			.get()
			.uri("/api/cohorts/{id}", cohort.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.joinCode")
			.isEqualTo(cohort.get("joinCode"));
	}

	@Test
	void planningACohortAnnouncesWhoRunsItOnLearningEventsKeyedByTheCohort() {
		Map<String, Object> cohort = plan(Tokens.coordinator(this.ivana, "Zagreb"),
				Map.of("courseId", this.courseId, "name", "Zagreb, autumn", "startsOn", this.today.toString(), "endsOn",
						this.today.plusDays(30).toString()))
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		String cohortId = (String) cohort.get("id");

		List<ConsumerRecord<String, String>> records = KafkaRecords.awaitRecords(
				TestInfrastructure.get().kafkaBootstrapServers(), Topics.LEARNING_EVENTS,
				hasKey(cohortId).and(hasType(EventType.COHORT_PLANNED)), 1);

		assertThat(records).hasSize(1);
		assertThat(EventCodec.decode(EventType.COHORT_PLANNED, records.get(0).value()))
			.isEqualTo(new CohortPlanned(cohortId, this.courseId, "Zagreb, autumn", "Zagreb", this.today,
					this.today.plusDays(30), this.ivana, Instant.parse((String) cohort.get("createdAt")), null));
	}

	@Test
	void anAdminPlansACohortForAnyMunicipality() {
		plan(Tokens.admin("admin-" + UUID.randomUUID()),
				Map.of("courseId", this.courseId, "name", "Охрид, пролет", "startsOn", this.today.toString(), "endsOn",
						this.today.toString(), "municipality", "Охрид"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.municipality")
			.isEqualTo("Охрид")
			.jsonPath("$.name")
			.isEqualTo("Охрид, пролет");
	}

	@Test
	void aBadPlanIsAClearProblemAndStoresNothing() {
		JwtMutator ivana = Tokens.coordinator(this.ivana, "Zagreb");
		String start = this.today.toString();
		invalid(plan(ivana, Map.of("courseId", this.courseId, "name", "x", "startsOn", start, "endsOn",
				this.today.minusDays(1).toString())), "invalid-request", "endsOn");
		invalid(plan(ivana, Map.of("courseId", this.courseId, "name", "x", "startsOn",
				this.today.minusDays(9).toString(), "endsOn", this.today.minusDays(2).toString())), "invalid-request",
				"endsOn");
		invalid(plan(ivana, Map.of("courseId", this.courseId, "name", "x", "startsOn", "2026-13-01", "endsOn", start)),
				"malformed-request", "startsOn");
		invalid(plan(ivana, Map.of("courseId", this.courseId, "name", " ", "startsOn", start, "endsOn", start)),
				"invalid-request", "name");
		invalid(plan(ivana, Map.of("courseId", this.courseId, "name", "x", "endsOn", start)), "invalid-request",
				"startsOn");
		plan(ivana, Map.of("courseId", "never-published", "name", "x", "startsOn", start, "endsOn", start))
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "course-not-found");
		plan(ivana,
				Map.of("courseId", this.courseId, "name", "x", "startsOn", start, "endsOn", start, "municipality",
						"Ohrid"))
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "municipality-out-of-scope");
		plan(Tokens.learnerIn(this.ana, "Ana", "Zagreb"),
				Map.of("courseId", this.courseId, "name", "x", "startsOn", start, "endsOn", start))
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "forbidden");

		assertThat(this.cohorts.findAll()
			.filter((cohort) -> cohort.courseId().equals(this.courseId))
			.collectList()
			.block()).isEmpty();
	}

	@Test
	void coordinatorsSeeTheCohortsTheyRunAndAdminsSeeAll() {
		String ivanas = planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, spring", null);
		String adminsForZagreb = planned(Tokens.admin("admin"), "Zagreb, autumn", "Zagreb");
		String adminsForOhrid = planned(Tokens.admin("admin"), "Ohrid, autumn", "Ohrid");
		String gorans = planned(Tokens.coordinator(this.goran, "Ohrid"), "Ohrid, spring", null);

		assertThat(cohortIds(Tokens.coordinator(this.ivana, "Zagreb"))).contains(ivanas, adminsForZagreb)
			.doesNotContain(adminsForOhrid, gorans);
		assertThat(cohortIds(Tokens.coordinator(this.goran, "Ohrid"))).contains(adminsForOhrid, gorans)
			.doesNotContain(ivanas, adminsForZagreb);
		assertThat(cohortIds(Tokens.admin("another-admin"))).contains(ivanas, adminsForZagreb, adminsForOhrid, gorans);
		for (String path : List.of("/api/cohorts/{id}", "/api/cohorts/{id}/members")) {
			this.client.mutateWith(Tokens.coordinator(this.ivana, "Zagreb"))
				.get()
				.uri(path, gorans)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_BASE + "cohort-not-found");
		}
		for (String path : List.of("/api/cohorts", "/api/cohorts/" + ivanas, "/api/cohorts/" + ivanas + "/members")) {
			this.client.mutateWith(Tokens.learnerIn(this.ana, "Ana", "Zagreb"))
				.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
	}

	@Test
	void aLearnerJoinsWithTheCodeAsTypedAndJoiningAgainAnswersTheSameEnrolment() {
		String code = joinCode(planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, spring", null));
		String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ";

		EntityExchangeResult<Map<String, Object>> first = join(this.ana, typed).expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();
		Map<String, Object> enrolment = first.getResponseBody();
		assertThat(first.getResponseHeaders().getLocation()).hasToString("/api/enrolments/" + enrolment.get("id"));
		assertThat(enrolment).containsEntry("courseId", this.courseId)
			.containsEntry("courseVersion", 2)
			.containsKey("cohortId")
			.containsEntry("status", "IN_PROGRESS");
		assertThat(enrolment.get("cohortId")).isNotNull();

		join(this.ana, code).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(enrolment.get("id"))
			.jsonPath("$.cohortId")
			.isEqualTo(enrolment.get("cohortId"));
		assertThat(mine(this.ana)).hasSize(1);

		List<ConsumerRecord<String, String>> records = KafkaRecords.awaitRecords(
				TestInfrastructure.get().kafkaBootstrapServers(), Topics.LEARNING_EVENTS,
				hasKey(this.ana).and(hasType(EventType.LEARNER_ENROLLED)), 1);
		assertThat(records).singleElement()
			.satisfies((record) -> assertThat(EventCodec.decode(EventType.LEARNER_ENROLLED, record.value()))
				.isInstanceOfSatisfying(LearnerEnrolled.class, (event) -> {
					assertThat(event.enrolmentId()).isEqualTo(enrolment.get("id"));
					assertThat(event.cohortId()).isEqualTo(enrolment.get("cohortId"));
				}));
	}

	@Test
	void concurrentJoinsOfOneLearnerCreateExactlyOneEnrolment() {
		String cohortId = planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, spring", null);
		String code = joinCode(cohortId);

		List<Integer> statuses = Flux.range(0, 6)
			.flatMap((i) -> Mono.fromCallable(() -> join(this.ana, code).returnResult(String.class).getStatus().value())
				.subscribeOn(Schedulers.boundedElastic()), 6)
			.collectList()
			.block();

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
		assertThat(mine(this.ana)).singleElement()
			.satisfies((enrolment) -> assertThat(enrolment).containsEntry("cohortId", cohortId));
	}

	@Test
	void aSelfPacedLearnerJoiningKeepsTheirEnrolmentAndProgress() {
		String enrolmentId = this.client.mutateWith(Tokens.learnerIn(this.ana, "Ana", "Ohrid"))
			.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", this.courseId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		complete(this.ana, enrolmentId, "intro");
		String cohortId = planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, spring", null);

		join(this.ana, joinCode(cohortId)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(enrolmentId)
			.jsonPath("$.cohortId")
			.isEqualTo(cohortId)
			.jsonPath("$.completedLessons")
			.isEqualTo(1);
		assertThat(mine(this.ana)).singleElement()
			.satisfies((enrolment) -> assertThat(enrolment).containsEntry("cohortId", cohortId));
	}

	@Test
	void badCodesUnknownCodesAndClosedCohortsJoinNothing() {
		String open = planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, spring", null);
		String otherOpen = planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, summer", null);
		Cohort closed = new Cohort("closed-" + UUID.randomUUID(), "Zagreb, last year", this.courseId, "T", "Zagreb",
				null, this.today.minusDays(60), this.today.minusDays(1), JoinCode.generate(new SecureRandom()),
				this.ivana, Instant.now());
		this.cohorts.insert(closed, List.of()).block();

		invalid(join(this.ana, "oops"), "invalid-request", "code");
		invalid(join(this.ana, "  "), "invalid-request", "code");
		join(this.ana, "0000-0000").expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "cohort-not-found");
		join(this.ana, closed.joinCode()).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "cohort-closed")
			.jsonPath("$.endedOn")
			.isEqualTo(this.today.minusDays(1).toString());
		this.client.mutateWith(Tokens.coordinator(this.ivana, "Zagreb"))
			.post()
			.uri("/api/cohorts/join")
			.bodyValue(Map.of("code", joinCode(open)))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(mine(this.ana)).isEmpty();

		join(this.ana, joinCode(open)).expectStatus().isCreated();
		join(this.ana, joinCode(otherOpen)).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "already-in-another-cohort");
		assertThat(mine(this.ana)).singleElement()
			.satisfies((enrolment) -> assertThat(enrolment).containsEntry("cohortId", open));
	}

	@Test
	void membersAreListedByNameWithTheirProgressAsJsonOrCsv() {
		String cohortId = planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, spring", null);
		String code = joinCode(cohortId);
		String anas = joined(this.ana, "Ана Петровска", "Охрид", code);
		complete(this.ana, anas, "intro");
		String markos = joined(this.marko, "Marko Jovanović", "Kragujevac", code);
		complete(this.marko, markos, "intro");
		complete(this.marko, markos, "recruitment");

		List<Map<String, Object>> members = this.client.mutateWith(Tokens.coordinator(this.ivana, "Zagreb"))
			.get()
			.uri("/api/cohorts/{id}/members", cohortId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(members)
			.extracting((member) -> member.get("enrolmentId"), (member) -> member.get("name"),
					(member) -> member.get("municipality"), (member) -> member.get("status"),
					(member) -> member.get("percentComplete"))
			.containsExactly(tuple(markos, "Marko Jovanović", "Kragujevac", "COMPLETED", 100),
					tuple(anas, "Ана Петровска", "Охрид", "IN_PROGRESS", 50));
		assertThat(members.get(0).get("completedAt")).isNotNull();
		assertThat(members.get(1).get("completedAt")).isNull();
		assertThat(members).allSatisfy((member) -> assertThat(member.get("lastActivityAt")).isNotNull());

		EntityExchangeResult<byte[]> csv = this.client.mutateWith(Tokens.coordinator(this.ivana, "Zagreb"))
			.get()
			.uri("/api/cohorts/{id}/members", cohortId)
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody()
			.returnResult();
		byte[] bytes = csv.getResponseBody();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).hasSize(3)
			.satisfies((lines) -> assertThat(lines[0]).isEqualTo(
					"enrolmentId,learnerId,name,municipality,status,percentComplete,enrolledAt,completedAt,lastActivityAt,certified"))
			.satisfies((lines) -> assertThat(lines[1])
				.startsWith(markos + "," + this.marko + ",Marko Jovanović,Kragujevac,COMPLETED,100,"))
			.satisfies((lines) -> assertThat(lines[2])
				.startsWith(anas + "," + this.ana + ",Ана Петровска,Охрид,IN_PROGRESS,50,"));
		assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"cohort-" + cohortId + "-members-");
	}

	/**
	 * A coordinator of Zagreb does not see a learner of Ohrid, unless that learner is in
	 * a cohort the coordinator runs; the answer is 404, as for an id that does not exist.
	 */
	@Test
	void aCoordinatorSeesLearnersOfOtherMunicipalitiesOnlyInTheCohortsTheyRun() {
		String anasOwn = this.client.mutateWith(Tokens.learnerIn(this.ana, "Ana", "Ohrid"))
			.post()
			.uri("/api/enrolments")
			.bodyValue(Map.of("courseId", this.courseId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		String elenasInIvanasCohort = joined(this.elena, "Elena", "Ohrid",
				joinCode(planned(Tokens.coordinator(this.ivana, "Zagreb"), "Zagreb, spring", null)));
		String markosInGoransCohort = joined(this.marko, "Marko", "Kragujevac",
				joinCode(planned(Tokens.coordinator(this.goran, "Ohrid"), "Ohrid, spring", null)));

		enrolment(Tokens.coordinator(this.ivana, "Zagreb"), anasOwn).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "enrolment-not-found");
		enrolment(Tokens.coordinator(this.ivana, "Zagreb"), markosInGoransCohort).expectStatus().isNotFound();
		enrolment(Tokens.coordinator(this.ivana, "Zagreb"), elenasInIvanasCohort).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.learner.municipality")
			.isEqualTo("Ohrid");
		enrolment(Tokens.coordinator(this.goran, "Ohrid"), anasOwn).expectStatus().isOk();
		enrolment(Tokens.coordinator(this.goran, "Ohrid"), elenasInIvanasCohort).expectStatus().isOk();
		enrolment(Tokens.coordinator(this.goran, "Ohrid"), markosInGoransCohort).expectStatus().isOk();
		enrolment(Tokens.admin("admin"), anasOwn).expectStatus().isOk();
		enrolment(Tokens.learnerIn(this.elena, "Elena", "Ohrid"), anasOwn).expectStatus().isNotFound();
	}

	private WebTestClient.ResponseSpec plan(JwtMutator who, Map<String, String> body) {
		return this.client.mutateWith(who).post().uri("/api/cohorts").bodyValue(body).exchange();
	}

	private String planned(JwtMutator who, String name, String municipality) {
		Map<String, String> body = new HashMap<>(Map.of("courseId", this.courseId, "name", name, "startsOn",
				this.today.toString(), "endsOn", this.today.plusDays(30).toString()));
		if (municipality != null) {
			body.put("municipality", municipality);
		}
		return plan(who, body).expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private String joinCode(String cohortId) {
		return this.cohorts.findById(cohortId).block().joinCode();
	}

	private List<String> cohortIds(JwtMutator who) {
		return this.client.mutateWith(who)
			.get()
			.uri("/api/cohorts")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			.map((cohort) -> cohort.get("id").toString())
			.toList();
	}

	private WebTestClient.ResponseSpec join(String learner, String code) {
		return this.client.mutateWith(Tokens.learnerIn(learner, "Ana", "Ohrid"))
			.post()
			.uri("/api/cohorts/join")
			.bodyValue(Map.of("code", code))
			.exchange();
	}

	private String joined(String learner, String name, String municipality, String code) {
		return this.client.mutateWith(Tokens.learnerIn(learner, name, municipality))
			.post()
			.uri("/api/cohorts/join")
			.bodyValue(Map.of("code", code))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private void complete(String learner, String enrolmentId, String lessonId) {
		this.client.mutateWith(Tokens.learner(learner, "Ana"))
			.post()
			.uri("/api/enrolments/{id}/lessons/{lessonId}/completion", enrolmentId, lessonId)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private WebTestClient.ResponseSpec enrolment(JwtMutator who, String id) {
		return this.client.mutateWith(who).get().uri("/api/enrolments/{id}", id).exchange();
	}

	private List<Map<String, Object>> mine(String learner) {
		return this.client.mutateWith(Tokens.learner(learner, "Ana"))
			.get()
			.uri("/api/enrolments")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static void invalid(WebTestClient.ResponseSpec response, String type, String field) {
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + type)
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	private CourseVersion version(int version, String title, String... lessons) {
		return new CourseVersion(this.courseId, version, title, "en",
				Arrays.stream(lessons).map((id) -> new CourseVersion.Lesson(id, id.toUpperCase())).toList(),
				Instant.now());
	}

}
