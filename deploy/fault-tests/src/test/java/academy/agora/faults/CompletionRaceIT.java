package academy.agora.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.progress.CourseCompleted;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 5, completion race: 1,000 concurrent completions of the last lesson of one
 * enrolment must make exactly one {@code course.completed}, exactly one certificate and
 * no server error. The same race against a deliberately broken variant, a
 * progress-service whose database does not apply a conditional update atomically (so the
 * revision guard, like a missing unique index, no longer holds), must be caught by the
 * same checks.
 */
class CompletionRaceIT {

	private static final int LESSONS = 3;

	@Test
	void aThousandConcurrentLastLessonCompletionsCompleteTheCourseOnceAndIssueOneCertificate() throws Exception {
		Cluster cluster = Cluster.get();
		Race race = race(cluster, cluster.service(Cluster.PROGRESS_A).url(), "race");
		Audit.awaitSettled(cluster, Set.of(race.courseId()), Duration.ofMinutes(2));
		Audit.Figures figures = race.check(cluster);
		Figures.record("Scenario 5 - completion race", figures);
		assertThat(figures.problems()).isEmpty();
		assertThat(figures.values).containsEntry("course.completed for the enrolment", 1L)
			.containsEntry("certificates for the enrolment", 1L)
			.containsEntry("server errors", 0L);
	}

	/**
	 * The broken variant: certificate-service without its unique index on
	 * {@code enrolmentId}, run as two instances that both receive every completion, as a
	 * consumer that lost its partitions in a rebalance but has not noticed yet (a zombie)
	 * and its successor do. Only the unique index keeps them from both issuing; without
	 * it, the same checks must see two certificates for one completion.
	 */
	@Test
	void theSameChecksCatchTheDuplicateCertificatesOfAVariantWithoutTheUniqueIndex() throws Exception {
		Cluster cluster = Cluster.get();
		List<Service> racing = List.of(brokenCertificateService(cluster, 1), brokenCertificateService(cluster, 2));
		try {
			racing.forEach(Service::launch);
			racing.forEach((service) -> service.awaitReady(Duration.ofMinutes(3)));
			awaitAssigned(cluster, List.of("certificate-broken-1", "certificate-broken-2"));
			// The control: the same two racing consumers, with the index, issue one.
			Race control = race(cluster, cluster.service(Cluster.PROGRESS_A).url(), "zombie-race");
			Audit.awaitSettled(cluster, Set.of(control.courseId()), Duration.ofMinutes(2));
			Service.sleep(2_000);
			Audit.Figures controlFigures = control.check(cluster, BROKEN_DATABASE);
			Figures.record("Scenario 5 - completion race with two racing certificate consumers and the index",
					controlFigures);
			assertThat(controlFigures.problems()).isEmpty();
			MongoCollection<Document> certificates = cluster.database(BROKEN_DATABASE).getCollection("certificates");
			Flux.from(certificates.dropIndex("enrolmentId_unique")).blockLast(Duration.ofSeconds(30));
			Audit.Figures figures = null;
			// Two consumers racing on one record collide most of the time, not every
			// time: the claim is that the checks see a duplicate when there is one.
			for (int round = 1; round <= 5; round++) {
				Race race = race(cluster, cluster.service(Cluster.PROGRESS_A).url(), "broken-race-" + round);
				Audit.awaitSettled(cluster, Set.of(race.courseId()), Duration.ofMinutes(2));
				Service.sleep(2_000);
				figures = race.check(cluster, BROKEN_DATABASE);
				figures.put("round", round);
				if (!figures.problems().isEmpty()) {
					break;
				}
			}
			Figures.record("Scenario 5 - completion race against the variant without the unique index", figures);
			assertThat(figures.problems()).as("the checks catch the broken variant's duplicates")
				.anyMatch((problem) -> problem.endsWith("certificates"));
		}
		finally {
			racing.forEach(Service::kill);
			Flux.from(cluster.database(BROKEN_DATABASE).drop()).blockLast(Duration.ofSeconds(30));
		}
	}

	private static final String BROKEN_DATABASE = "certificate-broken";

	private static Service brokenCertificateService(Cluster cluster, int number) {
		int port = Cluster.freePort();
		return new Service("certificate-service-broken-" + number,
				"academy.agora.certificate.CertificateServiceApplication", port,
				List.of("--spring.kafka.bootstrap-servers=" + cluster.broker.bootstrapServers(),
						"--spring.mongodb.uri=" + cluster.mongoServer.connectionString() + "/" + BROKEN_DATABASE,
						"--spring.mongodb.database=" + BROKEN_DATABASE,
						// A group each, so both receive every completion; from now on
						// only.
						"--spring.kafka.consumer.group-id=certificate-broken-" + number,
						"--spring.kafka.consumer.auto-offset-reset=latest",
						// Their events must not reach the real progress-service.
						"--agora.outbox.poll-interval=1h",
						"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + cluster.issuer.issuer(),
						"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + cluster.issuer.jwkSetUri(),
						"--agora.certificates.public-base-url=http://localhost:" + port,
						"--logging.level.org.apache.kafka=WARN"));
	}

	private static void awaitAssigned(Cluster cluster, List<String> groups) {
		try (Admin admin = Kafka.admin(cluster.broker.bootstrapServers())) {
			await().atMost(Duration.ofMinutes(1))
				.until(() -> admin.describeConsumerGroups(groups)
					.all()
					.get()
					.values()
					.stream()
					.allMatch((group) -> group.members()
						.stream()
						.mapToInt((member) -> member.assignment().topicPartitions().size())
						.sum() == 3));
		}
	}

	private Race race(Cluster cluster, String progressUrl, String name) throws Exception {
		String courseId = Api.publishCourse(cluster.service(Cluster.COURSE).url(), cluster.issuer.author(),
				"Completion race " + name, LESSONS);
		String token = cluster.issuer.learner(name + "-" + System.nanoTime());
		String enrolmentId = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (enrolmentId == null && System.nanoTime() < deadline) {
			Api.Response enrolled = Api.post(progressUrl + "/api/enrolments", token, Map.of("courseId", courseId));
			if (enrolled.status() == 201) {
				enrolmentId = enrolled.field("id");
			}
			else {
				Service.sleep(200);
			}
		}
		assertThat(enrolmentId).as("enrolled in " + courseId).isNotNull();
		for (int lesson = 1; lesson < LESSONS; lesson++) {
			Api.post(progressUrl + "/api/enrolments/" + enrolmentId + "/lessons/" + Api.lesson(lesson) + "/completion",
					token, null)
				.expect(201);
		}
		int completions = cluster.size.raceCompletions();
		ExecutorService pool = Executors.newFixedThreadPool(200);
		CountDownLatch gate = new CountDownLatch(1);
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		String url = progressUrl + "/api/enrolments/" + enrolmentId + "/lessons/" + Api.lesson(LESSONS) + "/completion";
		for (int i = 0; i < completions; i++) {
			pool.execute(() -> {
				try {
					gate.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				int status = Api.post(url, token, null).status();
				statuses.computeIfAbsent(status, (s) -> new AtomicInteger()).incrementAndGet();
			});
		}
		long started = System.nanoTime();
		gate.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		return new Race(courseId, enrolmentId, completions, statuses, Duration.ofNanos(System.nanoTime() - started));
	}

	record Race(String courseId, String enrolmentId, int completions, Map<Integer, AtomicInteger> statuses,
			Duration took) {

		long count(java.util.function.IntPredicate status) {
			return this.statuses.entrySet()
				.stream()
				.filter((entry) -> status.test(entry.getKey()))
				.mapToLong((entry) -> entry.getValue().get())
				.sum();
		}

		/**
		 * What the race left on the topic and in the progress database it ran against.
		 */
		Audit.Figures checkEvents(Cluster cluster) {
			Audit.Figures figures = new Audit.Figures();
			figures.put("concurrent completions of the last lesson", this.completions);
			figures.put("answers by status", new java.util.TreeMap<>(this.statuses));
			figures.put("race took (ms)", this.took.toMillis());
			figures.put("201 Created (the one that completed the lesson)", count((s) -> s == 201));
			long serverErrors = count((s) -> s >= 500 || s < 0);
			figures.put("server errors", serverErrors);
			if (serverErrors > 0) {
				figures.problem(serverErrors + " server errors or failed requests");
			}
			if (count((s) -> s == 201) != 1) {
				figures.problem(count((s) -> s == 201) + " answers said they completed the lesson");
			}
			Set<String> completionIds = ConcurrentHashMap.newKeySet();
			Kafka.scan(cluster.broker.bootstrapServers(), "learning.events", (record) -> {
				if (EventType.COURSE_COMPLETED.typeName().equals(Kafka.header(record, CloudEventHeaders.TYPE))) {
					CourseCompleted event = (CourseCompleted) EventCodec.decode(EventType.COURSE_COMPLETED,
							record.value());
					if (event.enrolmentId().equals(this.enrolmentId)) {
						completionIds.add(Kafka.header(record, CloudEventHeaders.ID));
					}
				}
			});
			figures.put("course.completed for the enrolment", (long) completionIds.size());
			if (completionIds.size() != 1) {
				figures.problem("course.completed " + completionIds.size() + " times");
			}
			return figures;
		}

		Audit.Figures check(Cluster cluster) {
			return check(cluster, "certificate");
		}

		Audit.Figures check(Cluster cluster, String certificateDatabase) {
			Audit.Figures figures = checkEvents(cluster);
			long certificates = Flux
				.from(cluster.database(certificateDatabase)
					.getCollection("certificates")
					.countDocuments(Filters.eq("enrolmentId", this.enrolmentId)))
				.blockFirst();
			figures.put("certificates for the enrolment", certificates);
			if (certificates != 1) {
				figures.problem(certificates + " certificates");
			}
			Document enrolment = Flux.from(
					cluster.database("progress").getCollection("enrolments").find(Filters.eq("_id", this.enrolmentId)))
				.blockFirst();
			figures.put("enrolment status", enrolment.getString("status"));
			if (!"COMPLETED".equals(enrolment.getString("status"))) {
				figures.problem("enrolment is " + enrolment.getString("status"));
			}
			return figures;
		}

	}

}
