package academy.agora.faults;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Simulated learners working through a course over HTTP, as fast as the services answer:
 * each enrols, then completes the lessons one after the other, as a person does. A
 * learner action is the completion of one lesson of one enrolment, identified uniquely by
 * {@code enrolmentId/lessonId}; it is <em>acknowledged</em> when the service answered 2xx
 * (201 the first time, 200 for a repeat). An action that got no answer or an error is
 * tried again by the learner, as a client would; only acknowledged actions count, and
 * each must be stored and announced exactly once.
 */
final class LearnerLoad {

	private final Cluster cluster;

	private final String courseId;

	private final String prefix;

	private final int learners;

	private final int lessons;

	private final Supplier<List<String>> progressUrls;

	private final ExecutorService workers;

	final Map<String, String> enrolments = new ConcurrentHashMap<>();

	final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	final AtomicLong requests = new AtomicLong();

	final AtomicLong failures = new AtomicLong();

	final AtomicLong serverErrors = new AtomicLong();

	final AtomicInteger learnersDone = new AtomicInteger();

	private final AtomicInteger next = new AtomicInteger();

	private volatile boolean stopped;

	private final AtomicInteger roundRobin = new AtomicInteger();

	LearnerLoad(Cluster cluster, String courseId, String prefix, int learners, int lessons,
			Supplier<List<String>> progressUrls, int concurrency) {
		this.cluster = cluster;
		this.courseId = courseId;
		this.prefix = prefix;
		this.learners = learners;
		this.lessons = lessons;
		this.progressUrls = progressUrls;
		this.workers = Executors.newFixedThreadPool(concurrency);
		for (int i = 0; i < concurrency; i++) {
			this.workers.execute(this::work);
		}
		this.workers.shutdown();
	}

	int actionsPlanned() {
		return this.learners * this.lessons;
	}

	int acknowledgedCount() {
		return this.acknowledged.size();
	}

	boolean done() {
		return this.workers.isTerminated();
	}

	void awaitDone(long minutes) throws InterruptedException {
		if (!this.workers.awaitTermination(minutes, TimeUnit.MINUTES)) {
			this.stopped = true;
			throw new IllegalStateException("Learners did not finish within " + minutes + " min: "
					+ this.acknowledged.size() + " of " + actionsPlanned() + " actions acknowledged");
		}
	}

	void stop() {
		this.stopped = true;
	}

	/** Learner numbers of those who completed every lesson. */
	int completedEnrolments() {
		int completed = 0;
		for (String enrolmentId : this.enrolments.values()) {
			boolean all = true;
			for (int lesson = 1; lesson <= this.lessons && all; lesson++) {
				all = this.acknowledged.contains(enrolmentId + "/" + Api.lesson(lesson));
			}
			completed += all ? 1 : 0;
		}
		return completed;
	}

	private void work() {
		int learner;
		while (!this.stopped && (learner = this.next.incrementAndGet()) <= this.learners) {
			String subject = this.prefix + "-" + learner;
			String token = this.cluster.issuer.learner(subject);
			String enrolmentId = enrol(token);
			if (enrolmentId == null) {
				return;
			}
			this.enrolments.put(subject, enrolmentId);
			for (int lesson = 1; lesson <= this.lessons && !this.stopped; lesson++) {
				complete(token, enrolmentId, Api.lesson(lesson));
			}
			this.learnersDone.incrementAndGet();
		}
	}

	private String enrol(String token) {
		long backOff = 50;
		while (!this.stopped) {
			Api.Response response = call(
					(url) -> Api.post(url + "/api/enrolments", token, Map.of("courseId", this.courseId)));
			if (response.status() == 201) {
				return response.field("id");
			}
			if (response.status() == 409) {
				// An earlier attempt was stored although its answer was lost.
				return response.field("enrolmentId");
			}
			backOff = pause(backOff);
		}
		return null;
	}

	private void complete(String token, String enrolmentId, String lessonId) {
		long backOff = 50;
		while (!this.stopped) {
			Api.Response response = call((url) -> Api
				.post(url + "/api/enrolments/" + enrolmentId + "/lessons/" + lessonId + "/completion", token, null));
			if (response.is2xx()) {
				this.acknowledged.add(enrolmentId + "/" + lessonId);
				return;
			}
			backOff = pause(backOff);
		}
	}

	private Api.Response call(java.util.function.Function<String, Api.Response> request) {
		List<String> urls = this.progressUrls.get();
		String url = urls.get(Math.floorMod(this.roundRobin.getAndIncrement(), urls.size()));
		this.requests.incrementAndGet();
		Api.Response response = request.apply(url);
		if (!response.is2xx()) {
			this.failures.incrementAndGet();
		}
		if (response.isServerError()) {
			this.serverErrors.incrementAndGet();
		}
		return response;
	}

	private static long pause(long backOff) {
		Service.sleep(backOff);
		return Math.min(backOff * 2, 1_000);
	}

}
