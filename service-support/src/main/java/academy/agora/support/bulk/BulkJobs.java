package academy.agora.support.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import academy.agora.support.access.Viewer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Runs work over many items in the background, reports its progress, and finishes it
 * after a restart: what a coordinator's "complete the whole cohort" or "approve these
 * certificates" needs, where one request must not do hundreds of writes before it
 * answers.
 * <h2>Use</h2>
 * <ol>
 * <li>Declare a {@link BulkWork} bean per kind of job; it does one item and answers an
 * {@link Outcome}. Its presence is what makes this auto-configured bean exist.</li>
 * <li>Start a job with {@link #start(String, String, Map, Flux)}: the work's kind, the
 * subject of whoever asked, the parameters the work needs besides each item id (stored
 * with the job, because after a restart nothing else of the request is left), and the
 * item ids. The answer is the stored job, {@link BulkJob.Status#RUNNING running}; answer
 * {@code 202 Accepted} with it and a {@code Location} where the client follows it.</li>
 * <li>Show a job with {@link #find(String)}. Who may see it is the service's decision;
 * {@link BulkJob#createdBy()} says who started it.</li>
 * </ol>
 * <pre class="code">
 * &#64;Component
 * class BulkApproval implements BulkWork {
 *     public String kind() { return "certificate-approval"; }
 *     public Mono&lt;Outcome&gt; process(BulkJob job, String certificateId) {
 *         return approvals.approve(certificateId, job.createdBy())
 *             .map((approved) -&gt; approved ? Outcome.done() : Outcome.skipped())
 *             .onErrorResume(CertificateRevokedException.class,
 *                     (ex) -&gt; Mono.just(Outcome.failed("certificate-revoked")));
 *     }
 * }
 * ...
 * bulkJobs.start("certificate-approval", approver.id(), Map.of("cohortId", cohortId), certificateIds)
 * </pre>
 * <h2>How it keeps its promises</h2>
 * <ul>
 * <li><b>One document per job</b> in {@value #COLLECTION}: its counters, its failures and
 * the ids of the items still {@code pending}. Recording an item's outcome is one
 * conditional update that removes the id from {@code pending} and {@code $inc}rements the
 * matching counter, only if the id was still pending: each item is counted once, however
 * often it is worked on.</li>
 * <li><b>Progress</b> is the counters, readable at any time with {@link #find}.</li>
 * <li><b>Restarts.</b> On start-up, every job left {@link BulkJob.Status#RUNNING running}
 * is resumed: its pending items are read from its document and worked on again. An item
 * done just before a crash, but not yet recorded, is worked on twice, which is why
 * {@link BulkWork} must be idempotent. With several instances of a service, each resumes
 * the running jobs when it starts, possibly while another instance works on them: the
 * work runs twice, the counting stays right, though an item may then be counted as
 * skipped rather than done.</li>
 * <li><b>A few at a time.</b> At most {@link BulkJobsProperties#concurrency()} items of a
 * job are worked on at once.</li>
 * <li><b>Errors.</b> An item whose work fails unexpectedly is retried with back-off, then
 * recorded as failed with the problem {@value Outcome#UNEXPECTED_ERROR}, so one bad item
 * does not stop the rest. If the job's own document cannot be written, the job stops and
 * is marked {@link BulkJob.Status#FAILED failed} if possible, else left running for the
 * next start.</li>
 * </ul>
 * Finished jobs are kept; nothing deletes them.
 */
public class BulkJobs implements SmartLifecycle {

	/** The collection of job documents. */
	public static final String COLLECTION = "bulk_jobs";

	private static final Logger logger = LoggerFactory.getLogger(BulkJobs.class);

	private static final String PENDING = "pending";

	private static final String FAILURES = "failures";

	private static final Duration RETRY_BACKOFF = Duration.ofMillis(200);

	private final ReactiveMongoTemplate mongo;

	private final Map<String, BulkWork> works;

	private final BulkJobsProperties properties;

	private final Clock clock;

	/** The jobs this instance is working on, so that a resume does not run one twice. */
	private final Map<String, Disposable> active = new ConcurrentHashMap<>();

	private volatile Disposable resuming;

	private volatile boolean running;

	public BulkJobs(ReactiveMongoTemplate mongo, Collection<? extends BulkWork> works, BulkJobsProperties properties,
			Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
		Map<String, BulkWork> byKind = new HashMap<>();
		for (BulkWork work : works) {
			if (byKind.putIfAbsent(work.kind(), work) != null) {
				throw new IllegalStateException("Two BulkWork beans do the kind " + work.kind());
			}
		}
		this.works = Map.copyOf(byKind);
	}

	/**
	 * Stores a new job that acts for a signed-in person, keeping their rights with it
	 * (see {@link BulkJob#startedBy()}), and starts it as
	 * {@link #start(String, String, Map, Flux)} does.
	 * @param kind the {@link BulkWork#kind() kind} of a work declared as a bean
	 * @param startedBy who asked for it
	 * @param parameters what the work needs besides each item id and the viewer
	 * @param itemIds the items
	 * @return the stored job, or an error as {@link #start(String, String, Map, Flux)}
	 * gives
	 */
	public Mono<BulkJob> start(String kind, Viewer startedBy, Map<String, String> parameters, Flux<String> itemIds) {
		Map<String, String> all = new LinkedHashMap<>(parameters);
		all.putAll(startedBy.claims());
		return start(kind, startedBy.id(), all, itemIds);
	}

	/**
	 * Stores a new job and starts working on its items in the background. Duplicate ids
	 * count once. A job without items is stored as {@link BulkJob.Status#DONE done}.
	 * @param kind the {@link BulkWork#kind() kind} of a work declared as a bean
	 * @param createdBy the subject of whoever asked for it
	 * @param parameters what the work needs besides each item id; kept with the job.
	 * Leave out a parameter rather than give it a {@code null} value
	 * @param itemIds the items, read to the end before anything is stored
	 * @return the stored job, a {@link TooManyItemsException} (nothing stored), or an
	 * {@link IllegalArgumentException} if no work does this kind
	 */
	public Mono<BulkJob> start(String kind, String createdBy, Map<String, String> parameters, Flux<String> itemIds) {
		Objects.requireNonNull(createdBy, "createdBy");
		if (!this.works.containsKey(kind)) {
			return Mono.error(new IllegalArgumentException("No BulkWork does the kind " + kind));
		}
		return itemIds.distinct().collectList().flatMap((ids) -> {
			if (ids.size() > this.properties.maxItems()) {
				return Mono.error(new TooManyItemsException(ids.size(), this.properties.maxItems()));
			}
			Instant now = now();
			BulkJob job = new BulkJob(UUID.randomUUID().toString(), kind,
					ids.isEmpty() ? BulkJob.Status.DONE : BulkJob.Status.RUNNING, parameters, ids.size(), 0, 0, 0,
					List.of(), createdBy, now, ids.isEmpty() ? now : null);
			return this.mongo.insert(document(job, ids), COLLECTION).doOnSuccess((stored) -> {
				if (job.status() == BulkJob.Status.RUNNING) {
					launch(job.id());
				}
			}).thenReturn(job);
		});
	}

	/**
	 * A job as it stands now.
	 * @param id the job
	 * @return the job, or empty if there is none
	 */
	public Mono<BulkJob> find(String id) {
		Query query = new Query(Criteria.where("_id").is(id));
		query.fields().exclude(PENDING);
		return this.mongo.findOne(query, Document.class, COLLECTION).map(BulkJobs::job);
	}

	/**
	 * Resumes every job left running, unless this instance is working on it already.
	 * Called on start-up; callable again at any time.
	 * @return the jobs resumed, each as it stood when resumed
	 */
	public Flux<BulkJob> resumeRunning() {
		Query query = new Query(Criteria.where("status").is(BulkJob.Status.RUNNING.name()));
		query.fields().exclude(PENDING);
		return this.mongo.find(query, Document.class, COLLECTION)
			.map(BulkJobs::job)
			.filter((job) -> !this.active.containsKey(job.id()))
			.doOnNext((job) -> {
				logger.info("Resuming bulk job {} ({}): {} of {} items left", job.id(), job.kind(), job.remaining(),
						job.total());
				launch(job.id());
			});
	}

	@Override
	public void start() {
		this.running = true;
		// The index serves the resume query; an existing one is left as it is. Deferred,
		// so that nothing here can fail the application's start.
		this.resuming = Mono
			.defer(() -> this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("status", Sort.Direction.ASC).named("bulk_jobs_by_status")))
			.thenMany(Flux.defer(this::resumeRunning))
			.subscribe(null, (ex) -> logger.warn("Could not resume bulk jobs; they resume on the next start", ex));
	}

	/**
	 * Stops working on jobs. They stay running in the store and are resumed on the next
	 * start.
	 */
	@Override
	public void stop() {
		this.running = false;
		Disposable current = this.resuming;
		if (current != null) {
			current.dispose();
		}
		this.active.values().forEach(Disposable::dispose);
		this.active.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void launch(String jobId) {
		Disposable.Swap slot = Disposables.swap();
		if (this.active.putIfAbsent(jobId, slot) != null) {
			return;
		}
		slot.update(run(jobId).doFinally((signal) -> this.active.remove(jobId, slot)).subscribe());
	}

	private Mono<Void> run(String jobId) {
		Query query = new Query(Criteria.where("_id").is(jobId).and("status").is(BulkJob.Status.RUNNING.name()));
		return this.mongo.findOne(query, Document.class, COLLECTION).flatMap((document) -> {
			BulkJob job = job(document);
			BulkWork work = this.works.get(job.kind());
			if (work == null) {
				logger.warn("Bulk job {} is of kind {}, which no BulkWork here does; it stays running", jobId,
						job.kind());
				return Mono.<Void>empty();
			}
			return Flux.fromIterable(document.getList(PENDING, String.class, List.of()))
				.flatMap((itemId) -> outcome(work, job, itemId).flatMap((outcome) -> record(jobId, itemId, outcome)),
						this.properties.concurrency())
				.then(finish(jobId));
		}).onErrorResume((ex) -> {
			logger.error("Bulk job {} stopped before every item had an outcome", jobId, ex);
			return fail(jobId).onErrorResume((unrecorded) -> {
				logger.warn("Bulk job {} stays running until the next start: {}", jobId, unrecorded.toString());
				return Mono.empty();
			});
		});
	}

	private Mono<Outcome> outcome(BulkWork work, BulkJob job, String itemId) {
		return Mono.defer(() -> work.process(job, itemId))
			.switchIfEmpty(Mono.error(() -> new IllegalStateException(work.kind() + " gave no outcome for " + itemId)))
			.retryWhen(Retry.backoff(this.properties.itemRetries(), RETRY_BACKOFF))
			.onErrorResume((ex) -> {
				logger.warn("Item {} of bulk job {} failed unexpectedly", itemId, job.id(), ex);
				return Mono.just(Outcome.failed(Outcome.UNEXPECTED_ERROR));
			});
	}

	/**
	 * Records an item's outcome if it is still pending: the condition is what counts each
	 * item once, even when it is worked on twice.
	 */
	private Mono<Boolean> record(String jobId, String itemId, Outcome outcome) {
		Update update = new Update().pull(PENDING, itemId).inc(counter(outcome.result()), 1);
		if (outcome.result() == Outcome.Result.FAILED) {
			update.push(FAILURES, new Document("itemId", itemId).append("problem", outcome.problem()));
		}
		Query stillPending = new Query(Criteria.where("_id").is(jobId).and(PENDING).is(itemId));
		return this.mongo.updateFirst(stillPending, update, COLLECTION)
			.map((result) -> result.getModifiedCount() == 1)
			.retryWhen(Retry.backoff(this.properties.itemRetries(), RETRY_BACKOFF));
	}

	private Mono<Void> finish(String jobId) {
		Query nothingPending = new Query(Criteria.where("_id")
			.is(jobId)
			.and("status")
			.is(BulkJob.Status.RUNNING.name())
			.and(PENDING + ".0")
			.exists(false));
		Update done = new Update().set("status", BulkJob.Status.DONE.name()).set("finishedAt", Date.from(now()));
		return this.mongo.updateFirst(nothingPending, done, COLLECTION).then();
	}

	private Mono<Void> fail(String jobId) {
		Query stillRunning = new Query(Criteria.where("_id").is(jobId).and("status").is(BulkJob.Status.RUNNING.name()));
		Update failed = new Update().set("status", BulkJob.Status.FAILED.name()).set("finishedAt", Date.from(now()));
		return this.mongo.updateFirst(stillRunning, failed, COLLECTION).then();
	}

	private static String counter(Outcome.Result result) {
		return switch (result) {
			case DONE -> "done";
			case SKIPPED -> "skipped";
			case FAILED -> "failed";
		};
	}

	/** MongoDB keeps milliseconds; so does a job, so that what it answers stays true. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static Document document(BulkJob job, List<String> pending) {
		return new Document("_id", job.id()).append("kind", job.kind())
			.append("status", job.status().name())
			.append("parameters", new Document(new LinkedHashMap<String, Object>(job.parameters())))
			.append("total", job.total())
			.append("done", job.done())
			.append("skipped", job.skipped())
			.append("failed", job.failed())
			.append(PENDING, pending)
			.append(FAILURES, List.of())
			.append("createdBy", job.createdBy())
			.append("createdAt", Date.from(job.createdAt()))
			.append("finishedAt", (job.finishedAt() != null) ? Date.from(job.finishedAt()) : null);
	}

	private static BulkJob job(Document document) {
		Map<String, String> parameters = new LinkedHashMap<>();
		Document stored = document.get("parameters", Document.class);
		if (stored != null) {
			stored.forEach((name, value) -> {
				if (value != null) {
					parameters.put(name, value.toString());
				}
			});
		}
		List<BulkJob.Failure> failures = document.getList(FAILURES, Document.class, List.of())
			.stream()
			.map((failure) -> new BulkJob.Failure(failure.getString("itemId"), failure.getString("problem")))
			.toList();
		Date createdAt = document.getDate("createdAt");
		Date finishedAt = document.getDate("finishedAt");
		return new BulkJob(document.getString("_id"), document.getString("kind"),
				BulkJob.Status.valueOf(document.getString("status")), parameters, document.getInteger("total", 0),
				document.getInteger("done", 0), document.getInteger("skipped", 0), document.getInteger("failed", 0),
				failures, document.getString("createdBy"), (createdAt != null) ? createdAt.toInstant() : null,
				(finishedAt != null) ? finishedAt.toInstant() : null);
	}

}
