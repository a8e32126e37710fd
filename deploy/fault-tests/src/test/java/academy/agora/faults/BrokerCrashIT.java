package academy.agora.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 1, broker crash: simulated learners complete lessons over HTTP while the Kafka
 * broker is killed with {@code SIGKILL} twice, each time kept down for a while and
 * started again on the same log directory and port. Learners keep being acknowledged
 * while the broker is down (the outbox holds their events). Afterwards every acknowledged
 * action is stored and announced once, nothing is applied twice, and every completed
 * enrolment has exactly one certificate.
 */
class BrokerCrashIT {

	private static final int LESSONS = 20;

	@Test
	void killingTheBrokerTwiceMidStreamLosesAndDuplicatesNothing() throws Exception {
		Cluster cluster = Cluster.get();
		FaultSize size = cluster.size;
		String courseId = Api.publishCourse(cluster.service(Cluster.COURSE).url(), cluster.issuer.author(),
				"Broker crash", LESSONS);
		int learners = size.brokerCrashActions() / LESSONS;
		LearnerLoad load = new LearnerLoad(cluster, courseId, "broker-" + System.currentTimeMillis(), learners, LESSONS,
				cluster::progressUrls, "full".equals(size.name()) ? 24 : 8);
		Duration down = "full".equals(size.name()) ? Duration.ofSeconds(20) : Duration.ofSeconds(5);
		List<Long> downtimes = new ArrayList<>();
		List<Long> acknowledgedWhileDown = new ArrayList<>();
		List<Long> brokerStart = new ArrayList<>();
		List<Long> publishingAgain = new ArrayList<>();
		List<Long> consumingAgain = new ArrayList<>();
		List<Thread> watches = new ArrayList<>();
		long started = System.nanoTime();
		for (double at : new double[] { 0.05, 0.3 }) {
			ServiceCrashIT.awaitAcknowledged(load, (int) (load.actionsPlanned() * at));
			if (load.done()) {
				throw new IllegalStateException("The learners finished before the broker was killed");
			}
			long killedAt = System.nanoTime();
			cluster.broker.kill();
			int before = load.acknowledgedCount();
			Service.sleep(down.toMillis());
			acknowledgedWhileDown.add((long) (load.acknowledgedCount() - before));
			long restartAt = System.nanoTime();
			brokerStart.add(cluster.broker.start().toMillis());
			long answering = System.nanoTime();
			downtimes.add(Duration.ofNanos(answering - killedAt).toMillis());
			Cluster.log("Broker back after " + Duration.ofNanos(answering - restartAt).toMillis() + " ms");
			// Measured beside the load, which goes on.
			Thread watch = new Thread(() -> watchRecovery(cluster, answering, publishingAgain, consumingAgain));
			watch.start();
			watches.add(watch);
		}
		for (Thread watch : watches) {
			watch.join();
		}
		load.awaitDone(60);
		Duration settled = Audit.awaitSettled(cluster, Set.of(courseId), Duration.ofMinutes(10));
		Audit audit = Audit.of(cluster, Set.of(courseId));
		Audit.Figures checked = audit.check(load.acknowledged, new HashSet<>(load.enrolments.values()), LESSONS);
		Audit.Figures figures = new Audit.Figures();
		figures.put("simulated learners", learners);
		figures.put("lessons per course", LESSONS);
		figures.put("broker kills (SIGKILL)", 2);
		figures.put("broker down, kill to answering again (ms)", downtimes);
		figures.put("broker process start to answering (ms)", brokerStart);
		figures.put("actions acknowledged while the broker was down", acknowledgedWhileDown);
		figures.put("recovery: broker answering to first new event published (ms)", publishingAgain);
		figures.put("recovery: broker answering to first offset committed by a service (ms)", consumingAgain);
		figures.put("requests sent", load.requests.get());
		figures.put("requests not acknowledged (retried by the learner)", load.failures.get());
		figures.put("load run (ms)", Duration.ofNanos(System.nanoTime() - started).toMillis());
		figures.put("settled after the load (ms)", settled.toMillis());
		checked.order.forEach((name) -> figures.put(name, checked.values.get(name)));
		checked.problems().forEach(figures::problem);
		Figures.record("Scenario 1 - broker crash", figures);
		assertThat(figures.problems()).isEmpty();
		assertThat(load.acknowledgedCount()).isEqualTo(load.actionsPlanned());
	}

	private static void watchRecovery(Cluster cluster, long answering, List<Long> publishingAgain,
			List<Long> consumingAgain) {
		try (Admin admin = Kafka.admin(cluster.broker.bootstrapServers())) {
			long ends = endOffsets(admin);
			long committed = committed(admin);
			long published = -1;
			long consumed = -1;
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while ((published < 0 || consumed < 0) && System.nanoTime() < deadline) {
				if (published < 0 && endOffsets(admin) > ends) {
					published = Duration.ofNanos(System.nanoTime() - answering).toMillis();
				}
				if (consumed < 0 && committed(admin) > committed) {
					consumed = Duration.ofNanos(System.nanoTime() - answering).toMillis();
				}
				Service.sleep(100);
			}
			synchronized (publishingAgain) {
				publishingAgain.add(published);
				consumingAgain.add(consumed);
			}
		}
	}

	private static long endOffsets(Admin admin) {
		try {
			return admin
				.listOffsets(Map.of(new org.apache.kafka.common.TopicPartition("learning.events", 0),
						org.apache.kafka.clients.admin.OffsetSpec.latest(),
						new org.apache.kafka.common.TopicPartition("learning.events", 1),
						org.apache.kafka.clients.admin.OffsetSpec.latest(),
						new org.apache.kafka.common.TopicPartition("learning.events", 2),
						org.apache.kafka.clients.admin.OffsetSpec.latest()))
				.all()
				.get()
				.values()
				.stream()
				.mapToLong((info) -> info.offset())
				.sum();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private static long committed(Admin admin) {
		try {
			return admin.listConsumerGroupOffsets("certificate-service")
				.partitionsToOffsetAndMetadata()
				.get()
				.values()
				.stream()
				.mapToLong((offset) -> offset.offset())
				.sum();
		}
		catch (Exception ex) {
			return -1;
		}
	}

}
