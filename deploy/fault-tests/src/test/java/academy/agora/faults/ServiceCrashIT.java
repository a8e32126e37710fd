package academy.agora.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2, service crash: under load, progress-service (two instances behind a
 * round-robin client) and certificate-service are killed with {@code SIGKILL} and
 * restarted, each the configured number of times. The first kill of each comes while its
 * outbox relay is held (started with a poll interval of an hour), so state changes are
 * stored and their events certainly not yet published when the process dies; the others
 * come at random moments of the load, and the pending outbox entries at each kill are
 * counted. Instance B joins during the load and instances leave and come back, so the
 * consumer group rebalances throughout. Redeliveries are allowed; duplicate effects are
 * not, and everything acknowledged must be stored and announced.
 */
class ServiceCrashIT {

	private static final int LESSONS = 5;

	@Test
	void killingServicesMidBatchLosesNothingAndDuplicatesNothing() throws Exception {
		Cluster cluster = Cluster.get();
		FaultSize size = cluster.size;
		String courseId = Api.publishCourse(cluster.service(Cluster.COURSE).url(), cluster.issuer.author(),
				"Service crash", LESSONS);
		Service progressA = cluster.service(Cluster.PROGRESS_A);
		Service progressB = cluster.service(Cluster.PROGRESS_B);
		Service certificates = cluster.service(Cluster.CERTIFICATE);
		// As many learners as it takes: the load runs until the last kill is done.
		LearnerLoad load = new LearnerLoad(cluster, courseId, "crash-" + System.currentTimeMillis(), 1_000_000, LESSONS,
				cluster::allProgressUrls, 16);
		Audit.Figures figures = new Audit.Figures();
		List<Long> pendingAtKill = new ArrayList<>();
		List<Long> restartMillis = new ArrayList<>();
		long started = System.nanoTime();
		try {
			awaitAcknowledged(load, 50);
			// Instance B joins mid-batch: the first rebalance.
			if (!progressB.isRunning()) {
				progressB.start();
			}
			awaitAcknowledged(load, load.acknowledgedCount() + 50);

			// Kill 1 of each: relays held, so stored changes certainly wait in the
			// outbox.
			restartHeld(progressA, progressB, certificates);
			awaitAcknowledged(load, load.acknowledgedCount() + 100);
			long pending = Audit.pendingOutbox(cluster);
			assertThat(pending).as("outbox entries held back before the kill").isPositive();
			pendingAtKill.add(pending);
			progressA.kill();
			progressB.kill();
			certificates.kill();
			restartMillis.add(restart(progressA, progressB, certificates));

			// Kills 2..n at random moments of the load, one progress instance at a time
			// (the other keeps serving), and certificate-service.
			for (int kill = 2; kill <= size.serviceCrashKills(); kill++) {
				awaitAcknowledged(load, load.acknowledgedCount() + 40);
				Service progress = (kill % 2 == 0) ? progressA : progressB;
				pendingAtKill.add(Audit.pendingOutbox(cluster));
				progress.kill();
				certificates.kill();
				restartMillis.add(restart(progress, certificates));
			}
			awaitAcknowledged(load, load.acknowledgedCount() + 200);
			Cluster.log("Kills done after " + load.acknowledgedCount() + " acknowledged actions");
		}
		finally {
			load.stop();
		}
		// Learners stop between actions; one may be left half-way through the course.
		load.awaitDone(5);
		Duration settled = Audit.awaitSettled(cluster, Set.of(courseId), Duration.ofMinutes(5));
		Audit audit = Audit.of(cluster, Set.of(courseId));
		Audit.Figures checked = audit.check(load.acknowledged, new HashSet<>(load.enrolments.values()), LESSONS);
		figures.put("kills of each of progress-service and certificate-service (SIGKILL)", size.serviceCrashKills());
		figures.put("progress-service instances", 2);
		figures.put("outbox entries pending at each kill", pendingAtKill);
		figures.put("kills with stored but unpublished events", pendingAtKill.stream().filter((p) -> p > 0).count());
		figures.put("restart until ready, each round (ms)", restartMillis);
		figures.put("requests sent", load.requests.get());
		figures.put("requests not acknowledged (retried by the learner)", load.failures.get());
		figures.put("learners", load.enrolments.size());
		figures.put("run (ms)", Duration.ofNanos(System.nanoTime() - started).toMillis());
		figures.put("settled after the load (ms)", settled.toMillis());
		checked.order.forEach((name) -> figures.put(name, checked.values.get(name)));
		checked.problems().forEach(figures::problem);
		Figures.record("Scenario 2 - service crash", figures);
		assertThat(figures.problems()).isEmpty();
		assertThat(load.acknowledgedCount()).isPositive();
	}

	/** Restarts a service with its relay held, so that its outbox fills. */
	private static void restartHeld(Service... services) {
		for (Service service : services) {
			service.stop();
		}
		for (Service service : services) {
			service.launch("--agora.outbox.poll-interval=1h");
		}
		for (Service service : services) {
			service.awaitReady(Duration.ofMinutes(3));
		}
	}

	private static long restart(Service... services) {
		long started = System.nanoTime();
		for (Service service : services) {
			service.launch();
		}
		for (Service service : services) {
			service.awaitReady(Duration.ofMinutes(3));
		}
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	static void awaitAcknowledged(LearnerLoad load, int count) {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (load.acknowledgedCount() < count && !load.done()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Only " + load.acknowledgedCount() + " actions acknowledged");
			}
			Service.sleep(100);
		}
		if (load.done() && load.acknowledgedCount() < count) {
			throw new IllegalStateException("The load ended before the faults did; make it larger");
		}
	}

}
