package academy.agora.support.bulk;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import academy.agora.testsupport.TestInfrastructure;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bulk jobs against a real MongoDB-wire server. Items are named for what the test's work
 * does with them: {@code done-*} changes the item, {@code skip-*} finds nothing to do,
 * {@code refuse-*} refuses it, {@code broken-*} fails unexpectedly every time.
 */
class BulkJobsIT {

	private static final String KIND = "test-work";

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static MongoClient client;

	private static ReactiveMongoTemplate mongo;

	private final List<BulkJobs> instances = new ArrayList<>();

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.get().mongoUri("bulk-jobs-it"));
		mongo = new ReactiveMongoTemplate(client, "bulk-jobs-it");
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	/**
	 * Each test starts with no jobs, so that an instance resuming running jobs finds only
	 * the test's own.
	 */
	@BeforeEach
	void noJobs() {
		mongo.remove(new Query(), BulkJobs.COLLECTION).block();
	}

	@AfterEach
	void stopEveryInstance() {
		this.instances.forEach(BulkJobs::stop);
	}

	@Test
	void aJobWorksOnEveryItemAFewAtATimeAndEndsDoneWithItsCounts() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger mostInFlight = new AtomicInteger();
		BulkJobs jobs = instance(3, (job, item) -> Mono.defer(() -> {
			mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			// Counted out before the outcome is given, so before the next item can start.
			return Mono.delay(Duration.ofMillis(5)).map((tick) -> {
				inFlight.decrementAndGet();
				return outcomeOf(item);
			});
		}));
		List<String> items = Flux.range(0, 25)
			.map((i) -> (i % 10 == 3) ? "skip-" + i : (i % 10 == 7) ? "refuse-" + i : "done-" + i)
			.collectList()
			.block();

		BulkJob started = jobs
			.start(KIND, "ivana", Map.of("cohortId", "c-1"), Flux.fromIterable(items).concatWith(Flux.just("done-0")))
			.block();

		assertThat(started.status()).isEqualTo(BulkJob.Status.RUNNING);
		assertThat(started.total()).as("a repeated id counts once").isEqualTo(25);
		assertThat(started.createdBy()).isEqualTo("ivana");
		assertThat(started.parameter("cohortId")).isEqualTo("c-1");
		BulkJob finished = awaitFinished(jobs, started.id());
		assertThat(finished.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(finished.finishedAt()).isAfterOrEqualTo(finished.createdAt());
		assertThat(List.of(finished.done(), finished.skipped(), finished.failed())).containsExactly(20, 3, 2);
		assertThat(finished.remaining()).isZero();
		assertThat(finished.failures()).containsExactlyInAnyOrder(new BulkJob.Failure("refuse-7", "refused"),
				new BulkJob.Failure("refuse-17", "refused"));
		assertThat(finished.parameters()).isEqualTo(Map.of("cohortId", "c-1"));
		assertThat(mostInFlight.get()).as("items worked on at once").isBetween(1, 3);
	}

	/**
	 * The first instance stops (as in a shutdown) with items still unanswered; a second
	 * instance, as after a restart, finishes the job. An item the first instance had
	 * worked on is not counted again.
	 */
	@Test
	void aJobLeftRunningIsResumedOnStartAndCountsEachItemOnce() {
		Set<String> firstWorkedOn = ConcurrentHashMap.newKeySet();
		BulkJobs first = instance(2, (job, item) -> {
			firstWorkedOn.add(item);
			return item.endsWith("-0") || item.endsWith("-1") ? Mono.just(outcomeOf(item)) : Mono.never();
		});
		BulkJob started = first
			.start(KIND, "ivana", Map.of(), Flux.just("done-0", "skip-1", "done-2", "done-3", "refuse-4", "done-5"))
			.block();
		await().atMost(PATIENCE).until(() -> first.find(started.id()).block().remaining() == 4);
		first.stop();
		BulkJob interrupted = first.find(started.id()).block();
		assertThat(interrupted.status()).isEqualTo(BulkJob.Status.RUNNING);
		assertThat(List.of(interrupted.done(), interrupted.skipped(), interrupted.remaining())).containsExactly(1, 1,
				4);

		Set<String> secondWorkedOn = ConcurrentHashMap.newKeySet();
		BulkJobs second = instance(2, (job, item) -> {
			secondWorkedOn.add(item);
			return Mono.just(outcomeOf(item));
		});
		second.start();

		BulkJob finished = awaitFinished(second, started.id());
		assertThat(finished.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(List.of(finished.total(), finished.done(), finished.skipped(), finished.failed())).containsExactly(6,
				4, 1, 1);
		assertThat(secondWorkedOn).containsExactlyInAnyOrder("done-2", "done-3", "refuse-4", "done-5");
		assertThat(firstWorkedOn).contains("done-0", "skip-1");
	}

	@Test
	void aJobAlreadyRunningHereIsNotResumedTwice() {
		AtomicInteger calls = new AtomicInteger();
		BulkJobs jobs = instance(1, (job, item) -> {
			calls.incrementAndGet();
			return Mono.never();
		});
		BulkJob started = jobs.start(KIND, "ivana", Map.of(), Flux.just("done-0")).block();
		await().atMost(PATIENCE).until(() -> calls.get() == 1);

		StepVerifier.create(jobs.resumeRunning().filter((job) -> job.id().equals(started.id()))).verifyComplete();
		assertThat(calls.get()).isEqualTo(1);
	}

	@Test
	void anItemThatKeepsFailingUnexpectedlyIsRetriedThenRecordedAsFailedAndTheRestCarryOn() {
		Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
		BulkJobs jobs = instance(2, (job, item) -> {
			int attempt = attempts.computeIfAbsent(item, (key) -> new AtomicInteger()).incrementAndGet();
			if (item.startsWith("broken-") || (item.equals("done-flaky") && attempt == 1)) {
				return Mono.error(new IllegalStateException("database hiccup"));
			}
			return Mono.just(outcomeOf(item));
		});

		BulkJob started = jobs.start(KIND, "ivana", Map.of(), Flux.just("broken-1", "done-flaky", "done-2")).block();

		BulkJob finished = awaitFinished(jobs, started.id());
		assertThat(finished.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(List.of(finished.done(), finished.failed())).containsExactly(2, 1);
		assertThat(finished.failures()).containsExactly(new BulkJob.Failure("broken-1", Outcome.UNEXPECTED_ERROR));
		assertThat(attempts.get("broken-1").get()).as("the first attempt and two retries").isEqualTo(3);
	}

	@Test
	void aJobWithoutItemsIsDoneAtOnce() {
		BulkJob started = instance(2, (job, item) -> Mono.just(Outcome.done()))
			.start(KIND, "ivana", Map.of(), Flux.empty())
			.block();

		assertThat(started.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(started.total()).isZero();
		assertThat(started.finishedAt()).isNotNull();
	}

	@Test
	void tooManyItemsOrAnUnknownKindStoreNothing() {
		BulkJobs jobs = instance(2, (job, item) -> Mono.just(Outcome.done()));

		StepVerifier.create(jobs.start(KIND, "ivana", Map.of(), Flux.range(0, 101).map((i) -> "done-" + i)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(TooManyItemsException.class)
				.hasMessageContaining("at most 100"))
			.verify();
		StepVerifier.create(jobs.start("nobody-does-this", "ivana", Map.of(), Flux.just("done-0")))
			.expectError(IllegalArgumentException.class)
			.verify();
		assertThat(mongo.count(new Query(), BulkJobs.COLLECTION).block()).isZero();
	}

	@Test
	void aJobIsOneDocumentWhosePendingItemsShrinkAsTheirOutcomesAreCounted() {
		BulkJobs jobs = instance(1, (job, item) -> item.equals("done-0") ? Mono.just(Outcome.done()) : Mono.never());
		BulkJob started = jobs.start(KIND, "ivana", Map.of(), Flux.just("done-0", "done-1")).block();

		await().atMost(PATIENCE).until(() -> jobs.find(started.id()).block().done() == 1);
		Document stored = mongo.findById(started.id(), Document.class, BulkJobs.COLLECTION).block();
		assertThat(stored.getList("pending", String.class)).containsExactly("done-1");
		assertThat(stored.getString("status")).isEqualTo("RUNNING");
		assertThat(stored.getInteger("done")).isEqualTo(1);
	}

	private static Outcome outcomeOf(String item) {
		if (item.startsWith("skip-")) {
			return Outcome.skipped();
		}
		if (item.startsWith("refuse-")) {
			return Outcome.failed("refused");
		}
		return Outcome.done();
	}

	private BulkJobs instance(int concurrency, BiFunction<BulkJob, String, Mono<Outcome>> work) {
		BulkJobs jobs = new BulkJobs(mongo, List.of(new BulkWork() {

			@Override
			public String kind() {
				return KIND;
			}

			@Override
			public Mono<Outcome> process(BulkJob job, String itemId) {
				return work.apply(job, itemId);
			}

		}), new BulkJobsProperties(concurrency, 100, 2), Clock.systemUTC());
		this.instances.add(jobs);
		return jobs;
	}

	private static BulkJob awaitFinished(BulkJobs jobs, String id) {
		return await().atMost(PATIENCE)
			.until(() -> jobs.find(id).block(), (job) -> job.status() != BulkJob.Status.RUNNING);
	}

}
