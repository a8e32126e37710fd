package academy.agora.progress.cohorts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.progress.Tokens;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.support.bulk.BulkJob;
import academy.agora.support.bulk.BulkJobs;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import static org.awaitility.Awaitility.await;

/**
 * Completion by attendance over HTTP, against real Kafka and a MongoDB-wire server: a
 * coordinator records that members of a blended cohort attended its live sessions, one
 * enrolment at a time or the whole cohort in a background job, and the certificate
 * service hears of each completion once. Ivana coordinates Zagreb and runs the cohorts
 * here; Goran coordinates Ohrid. The course takes 4 hours, and its certificates wait for
 * a coordinator's approval.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=progress-service",
				"spring.kafka.consumer.group-id=progress-service-attendance-it" })
@DirtiesContext
class CompletionByAttendanceIT {

	private static final String PROBLEM_BASE = "https://agora.academy/problems/";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String REASON = "Attended all four workshops in Zagreb";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "progress-attendance-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CourseVersions courseVersions;

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private BulkJobs bulkJobs;

	private WebTestClient client;

	private String courseId;

	private final String ivana = "ivana-" + UUID.randomUUID();

	private final JwtMutator ivanasToken = Tokens.coordinator(this.ivana, "Zagreb");

	@BeforeEach
	void publishABlendedCourse() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.responseTimeout(PATIENCE)
			.build();
		this.courseId = "blended-" + UUID.randomUUID();
		this.courseVersions
			.record(new CourseVersion(this.courseId, 1, "Citizens' assemblies, blended", "en",
					List.of(new CourseVersion.Lesson("intro", "Intro"),
							new CourseVersion.Lesson("practice", "Practice")),
					Instant.now(), null, null, null, null, null, 4, true))
			.block();
	}

	@Test
	void aCoordinatorRecordsAttendanceOnceAndTheCompletionIsAnnouncedOnceWithTheRecord() {
		Cohort cohort = plan();
		String ana = "ana-" + UUID.randomUUID();
		String enrolmentId = join(ana, "Ohrid", cohort);

		Map<String, Object> first = attend(this.ivanasToken, enrolmentId, "  " + REASON + " ").expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		Map<String, Object> again = attend(this.ivanasToken, enrolmentId, "Something else").expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(first).containsEntry("status", "COMPLETED")
			.containsEntry("attendance", Map.of("recordedBy", this.ivana, "reason", REASON))
			.containsEntry("completedLessons", 0);
		assertThat(again).as("a repeat changes nothing").isEqualTo(first);
		List<CourseCompleted> completions = completionsOf(ana, 1);
		CourseCompleted completed = completions.get(0);
		assertThat(completed.enrolmentId()).isEqualTo(enrolmentId);
		assertThat(completed.completedAt()).isEqualTo(Instant.parse((String) first.get("completedAt")));
		assertThat(completed.attendance()).isEqualTo(new CourseCompleted.Attendance(this.ivana, REASON));
		assertThat(completed.approvalRequired()).as("the coordinator's act is the approval").isFalse();
		assertThat(completed.estimatedHours()).isEqualTo(4);
		assertThat(completed.cohortId()).isEqualTo(cohort.id());
		assertThat(completed.municipality()).isEqualTo("Ohrid");
	}

	@Test
	void aCompletionOnlineCarriesTheHoursTheCohortAndTheApprovalTheCourseAsksFor() {
		Cohort cohort = plan();
		String marko = "marko-" + UUID.randomUUID();
		String enrolmentId = join(marko, "Kragujevac", cohort);

		completeOnline(marko, enrolmentId);

		CourseCompleted completed = completionsOf(marko, 1).get(0);
		assertThat(completed.approvalRequired()).isTrue();
		assertThat(completed.estimatedHours()).isEqualTo(4);
		assertThat(completed.cohortId()).isEqualTo(cohort.id());
		assertThat(completed.attendance()).isNull();
	}

	@Test
	void onlyStaffInScopeRecordAttendanceAndNeverForAWithdrawnEnrolmentOrTheirOwn() {
		Cohort cohort = plan();
		String elena = "elena-" + UUID.randomUUID();
		String enrolmentId = join(elena, "Kragujevac", cohort);
		String goran = "goran-" + UUID.randomUUID();
		JwtMutator goransToken = Tokens.coordinator(goran, "Ohrid");

		problem(attend(goransToken, enrolmentId, REASON), HttpStatus.NOT_FOUND, "enrolment-not-found");
		problem(attend(this.ivanasToken, "no-such-enrolment", REASON), HttpStatus.NOT_FOUND, "enrolment-not-found");
		problem(attend(Tokens.learnerIn(elena, "Elena", "Kragujevac"), enrolmentId, REASON), HttpStatus.FORBIDDEN,
				"forbidden");
		invalid(attend(this.ivanasToken, enrolmentId, "   "), "reason");
		invalid(attend(this.ivanasToken, enrolmentId, "x".repeat(501)), "reason");
		invalid(this.client.mutateWith(this.ivanasToken)
			.post()
			.uri("/api/enrolments/{id}/attendance-completion", enrolmentId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange(), "reason");
		assertThat(status(enrolmentId)).as("refused requests change nothing").isEqualTo("IN_PROGRESS");

		String goransOwn = joinAs(Tokens.user(goran, "Goran", "learner", "coordinator"), cohort);
		problem(attend(Tokens.user(goran, "Goran", "learner", "coordinator"), goransOwn, REASON), HttpStatus.NOT_FOUND,
				"enrolment-not-found");
		this.client.mutateWith(Tokens.learnerIn(elena, "Elena", "Kragujevac"))
			.post()
			.uri("/api/enrolments/{id}/withdrawal", enrolmentId)
			.exchange()
			.expectStatus()
			.isOk();
		problem(attend(this.ivanasToken, enrolmentId, REASON), HttpStatus.CONFLICT, "enrolment-withdrawn");
		assertThat(status(enrolmentId)).isEqualTo("WITHDRAWN");

		String forAnAdmin = join("marta-" + UUID.randomUUID(), "Split", cohort);
		attend(Tokens.admin("admin-" + UUID.randomUUID()), forAnAdmin, REASON).expectStatus().isCreated();
	}

	/**
	 * Thirty members: four completed online before, one withdrew, twenty-five to
	 * complete. The job answers at once and completes them in the background; its
	 * progress only grows while it is watched.
	 */
	@Test
	void aWholeCohortIsCompletedInTheBackgroundSkippingWhoCompletedBeforeAndNamingWhoCannotBe() {
		Cohort cohort = plan();
		List<String> learners = new ArrayList<>();
		List<String> enrolments = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			learners.add("member-" + i + "-" + UUID.randomUUID());
			enrolments.add(join(learners.get(i), (i % 2 == 0) ? "Zagreb" : "Split", cohort));
		}
		for (int i = 0; i < 4; i++) {
			completeOnline(learners.get(i), enrolments.get(i));
		}
		this.client.mutateWith(Tokens.learnerIn(learners.get(4), "Member 4", "Zagreb"))
			.post()
			.uri("/api/enrolments/{id}/withdrawal", enrolments.get(4))
			.exchange()
			.expectStatus()
			.isOk();

		EntityExchangeResult<Map<String, Object>> accepted = completeCohort(this.ivanasToken, cohort.id(),
				Map.of("reason", REASON))
			.expectStatus()
			.isAccepted()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();
		Map<String, Object> job = accepted.getResponseBody();
		String jobId = (String) job.get("id");
		assertThat(accepted.getResponseHeaders().getLocation()).hasToString("/api/bulk-jobs/" + jobId);
		assertThat(job).containsEntry("kind", "attendance-completion")
			.containsEntry("total", 30)
			.containsEntry("createdBy", this.ivana)
			.containsKeys("status", "done", "skipped", "failed", "failures", "createdAt", "finishedAt");

		List<Integer> counted = new ArrayList<>();
		Map<String, Object> finished = await().atMost(PATIENCE).until(() -> {
			Map<String, Object> now = bulkJob(this.ivanasToken, jobId);
			counted.add((Integer) now.get("done") + (Integer) now.get("skipped") + (Integer) now.get("failed"));
			return now;
		}, (now) -> !"RUNNING".equals(now.get("status")));

		assertThat(finished).containsEntry("status", "DONE")
			.containsEntry("total", 30)
			.containsEntry("done", 25)
			.containsEntry("skipped", 4)
			.containsEntry("failed", 1)
			.containsEntry("failures",
					List.of(Map.of("enrolmentId", enrolments.get(4), "problem", "enrolment-withdrawn")));
		assertThat(finished.get("finishedAt")).isNotNull();
		assertThat(counted).as("progress only grows").isSorted();
		assertThat(members(cohort.id())).filteredOn((member) -> "COMPLETED".equals(member.get("status"))).hasSize(29);
		List<CourseCompleted> byAttendance = KafkaRecords
			.awaitRecords(TestInfrastructure.get().kafkaBootstrapServers(), Topics.LEARNING_EVENTS,
					hasType(EventType.COURSE_COMPLETED).and(inCohort(cohort.id())), 29)
			.stream()
			.map(CompletionByAttendanceIT::decode)
			.filter((completed) -> completed.attendance() != null)
			.toList();
		assertThat(byAttendance).hasSize(25)
			.allSatisfy((completed) -> assertThat(completed.attendance().recordedBy()).isEqualTo(this.ivana));
		assertThat(byAttendance).extracting(CourseCompleted::enrolmentId)
			.doesNotHaveDuplicates()
			.doesNotContain(enrolments.get(0), enrolments.get(4));

		problem(this.client.mutateWith(Tokens.coordinator("goran-" + UUID.randomUUID(), "Zagreb"))
			.get()
			.uri("/api/bulk-jobs/{id}", jobId)
			.exchange(), HttpStatus.NOT_FOUND, "bulk-job-not-found");
		assertThat(bulkJob(Tokens.admin("admin-" + UUID.randomUUID()), jobId)).containsEntry("status", "DONE");
		problem(this.client.mutateWith(Tokens.learnerIn(learners.get(5), "Member 5", "Split"))
			.get()
			.uri("/api/bulk-jobs/{id}", jobId)
			.exchange(), HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	void aJobForSomeMembersCompletesOnlyThemAndABadRequestStartsNothing() {
		Cohort cohort = plan();
		List<String> enrolments = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			enrolments.add(join("some-" + i + "-" + UUID.randomUUID(), "Zagreb", cohort));
		}

		invalid(completeCohort(this.ivanasToken, cohort.id(),
				Map.of("reason", REASON, "enrolmentIds", List.of(enrolments.get(0), "not-a-member"))), "enrolmentIds");
		invalid(completeCohort(this.ivanasToken, cohort.id(), Map.of("reason", " ")), "reason");
		problem(completeCohort(Tokens.coordinator("goran-" + UUID.randomUUID(), "Ohrid"), cohort.id(),
				Map.of("reason", REASON)), HttpStatus.NOT_FOUND, "cohort-not-found");
		problem(completeCohort(Tokens.learnerIn("x-" + UUID.randomUUID(), "X", "Zagreb"), cohort.id(),
				Map.of("reason", REASON)), HttpStatus.FORBIDDEN, "forbidden");
		assertThat(
				this.mongo.count(new Query(Criteria.where("parameters.cohortId").is(cohort.id())), BulkJobs.COLLECTION)
					.block())
			.as("no job was started")
			.isZero();

		String jobId = (String) completeCohort(this.ivanasToken, cohort.id(),
				Map.of("reason", REASON, "enrolmentIds", List.of(enrolments.get(2), enrolments.get(0))))
			.expectStatus()
			.isAccepted()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id");

		Map<String, Object> finished = await().atMost(PATIENCE)
			.until(() -> bulkJob(this.ivanasToken, jobId), (job) -> "DONE".equals(job.get("status")));
		assertThat(finished).containsEntry("total", 2).containsEntry("done", 2);
		assertThat(List.of(status(enrolments.get(0)), status(enrolments.get(1)), status(enrolments.get(2))))
			.containsExactly("COMPLETED", "IN_PROGRESS", "COMPLETED");
	}

	/**
	 * As if the service had stopped a third of the way through a job: the job's document
	 * says four of twelve members are done, which they are, and eight are pending.
	 * Resuming running jobs, as the service does when it starts, completes the eight.
	 */
	@Test
	void aJobLeftRunningByARestartIsResumedAndCompletesTheRest() {
		Cohort cohort = plan();
		List<String> enrolments = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			enrolments.add(join("resumed-" + i + "-" + UUID.randomUUID(), "Zagreb", cohort));
		}
		for (String done : enrolments.subList(0, 4)) {
			attend(this.ivanasToken, done, REASON).expectStatus().isCreated();
		}
		String jobId = UUID.randomUUID().toString();
		this.mongo
			.insert(new Document("_id", jobId).append("kind", "attendance-completion")
				.append("status", "RUNNING")
				.append("parameters",
						new Document("cohortId", cohort.id()).append("reason", REASON)
							.append("roles", "COORDINATOR")
							.append("municipality", "Zagreb"))
				.append("total", 12)
				.append("done", 4)
				.append("skipped", 0)
				.append("failed", 0)
				.append("pending", enrolments.subList(4, 12))
				.append("failures", List.of())
				.append("createdBy", this.ivana)
				.append("createdAt", Date.from(Instant.now()))
				.append("finishedAt", null), BulkJobs.COLLECTION)
			.block();
		assertThat(bulkJob(this.ivanasToken, jobId)).containsEntry("status", "RUNNING")
			.containsEntry("done", 4)
			.containsEntry("total", 12);

		List<BulkJob> resumed = this.bulkJobs.resumeRunning().collectList().block();

		assertThat(resumed).extracting(BulkJob::id).contains(jobId);
		Map<String, Object> finished = await().atMost(PATIENCE)
			.until(() -> bulkJob(this.ivanasToken, jobId), (job) -> "DONE".equals(job.get("status")));
		assertThat(finished).containsEntry("done", 12).containsEntry("skipped", 0).containsEntry("failed", 0);
		assertThat(enrolments).allSatisfy((id) -> assertThat(status(id)).isEqualTo("COMPLETED"));
	}

	private Cohort plan() {
		Map<String, Object> cohort = this.client.mutateWith(this.ivanasToken)
			.post()
			.uri("/api/cohorts")
			.bodyValue(Map.of("courseId", this.courseId, "name", "Zagreb, blended", "startsOn",
					LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(30).toString()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return new Cohort((String) cohort.get("id"), (String) cohort.get("joinCode"));
	}

	private String join(String learner, String municipality, Cohort cohort) {
		return joinAs(Tokens.learnerIn(learner, "Learner " + learner, municipality), cohort);
	}

	private String joinAs(JwtMutator learner, Cohort cohort) {
		return (String) this.client.mutateWith(learner)
			.post()
			.uri("/api/cohorts/join")
			.bodyValue(Map.of("code", cohort.joinCode()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private void completeOnline(String learner, String enrolmentId) {
		for (String lesson : List.of("intro", "practice")) {
			this.client.mutateWith(Tokens.learner(learner, "Learner"))
				.post()
				.uri("/api/enrolments/{id}/lessons/{lessonId}/completion", enrolmentId, lesson)
				.exchange()
				.expectStatus()
				.isCreated();
		}
	}

	private WebTestClient.ResponseSpec attend(JwtMutator who, String enrolmentId, String reason) {
		return this.client.mutateWith(who)
			.post()
			.uri("/api/enrolments/{id}/attendance-completion", enrolmentId)
			.bodyValue(Map.of("reason", reason))
			.exchange();
	}

	private WebTestClient.ResponseSpec completeCohort(JwtMutator who, String cohortId, Map<String, Object> body) {
		return this.client.mutateWith(who)
			.post()
			.uri("/api/cohorts/{id}/attendance-completions", cohortId)
			.bodyValue(body)
			.exchange();
	}

	private Map<String, Object> bulkJob(JwtMutator who, String jobId) {
		return this.client.mutateWith(who)
			.get()
			.uri("/api/bulk-jobs/{id}", jobId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private List<Map<String, Object>> members(String cohortId) {
		return this.client.mutateWith(this.ivanasToken)
			.get()
			.uri("/api/cohorts/{id}/members", cohortId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private String status(String enrolmentId) {
		return (String) this.client.mutateWith(Tokens.admin("admin"))
			.get()
			.uri("/api/enrolments/{id}", enrolmentId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("status");
	}

	/**
	 * The completions announced for a learner, once their enrolment's outbox is empty and
	 * the topic has been read to its end: exactly what was published, no more.
	 */
	private List<CourseCompleted> completionsOf(String learnerId, int expected) {
		KafkaRecords.awaitRecords(TestInfrastructure.get().kafkaBootstrapServers(), Topics.LEARNING_EVENTS,
				hasKey(learnerId).and(hasType(EventType.COURSE_COMPLETED)), expected);
		await().atMost(PATIENCE)
			.until(() -> this.mongo
				.count(new Query(Criteria.where("learnerId").is(learnerId).and("outbox.0").exists(true)), "enrolments")
				.block() == 0);
		return KafkaRecords.readToEnd(TestInfrastructure.get().kafkaBootstrapServers(), Topics.LEARNING_EVENTS)
			.stream()
			.filter(hasKey(learnerId).and(hasType(EventType.COURSE_COMPLETED)))
			.map(CompletionByAttendanceIT::decode)
			.toList();
	}

	private static Predicate<ConsumerRecord<String, String>> inCohort(String cohortId) {
		return (record) -> cohortId.equals(decode(record).cohortId());
	}

	private static CourseCompleted decode(ConsumerRecord<String, String> record) {
		return (CourseCompleted) EventCodec.decode(EventType.COURSE_COMPLETED, record.value());
	}

	private static void problem(WebTestClient.ResponseSpec response, HttpStatus status, String type) {
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + type);
	}

	private static void invalid(WebTestClient.ResponseSpec response, String field) {
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEM_BASE + "invalid-request")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private record Cohort(String id, String joinCode) {
	}

}
