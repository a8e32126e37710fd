package academy.agora.faults;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 3, database faults: under learner load, the connection between the services
 * and the MongoDB-wire server is stalled, slowed by 1 s, and cut, each for the configured
 * time (a minute at full size), through {@link TcpProxy}. Afterwards: nothing
 * acknowledged is lost, nothing went to a dead-letter topic (these faults are transient),
 * and within 60 s of each fault's end the consumers are less than 1 s behind (the oldest
 * record not yet committed is younger than 1 s).
 */
class DatabaseFaultsIT {

	private static final int LESSONS = 10;

	@Test
	void stallingSlowingAndCuttingTheDatabaseLosesNothingAndDeadLettersNothing() throws Exception {
		Cluster cluster = Cluster.get();
		Duration fault = cluster.size.databaseFault();
		String courseId = Api.publishCourse(cluster.service(Cluster.COURSE).url(), cluster.issuer.author(),
				"Database faults", LESSONS);
		Audit.Figures figures = new Audit.Figures();
		try (Admin admin = Kafka.admin(cluster.broker.bootstrapServers());
				KafkaConsumer<String, String> peek = peeker(cluster)) {
			long deadLettersBefore = deadLetters(admin);
			LearnerLoad load = new LearnerLoad(cluster, courseId, "db-" + System.currentTimeMillis(), 1_000_000,
					LESSONS, cluster::progressUrls, 16);
			try {
				ServiceCrashIT.awaitAcknowledged(load, 200);
				for (TcpProxy.Mode mode : List.of(TcpProxy.Mode.STALL, TcpProxy.Mode.DELAY, TcpProxy.Mode.CUT)) {
					String name = mode.name().toLowerCase();
					int before = load.acknowledgedCount();
					cluster.mongoProxy.mode(mode);
					Service.sleep(fault.toMillis());
					cluster.mongoProxy.mode(TcpProxy.Mode.PASS);
					long ended = System.nanoTime();
					figures.put(name + ": fault lasted (s)", fault.toSeconds());
					figures.put(name + ": actions acknowledged during the fault", load.acknowledgedCount() - before);
					long recovered = -1;
					long worst = 0;
					while (Duration.ofNanos(System.nanoTime() - ended).toSeconds() < 90) {
						long lag = timeLag(admin, peek);
						if (lag < 1_000) {
							recovered = Duration.ofNanos(System.nanoTime() - ended).toMillis();
							break;
						}
						worst = Math.max(worst, lag);
						Service.sleep(250);
					}
					figures.put(name + ": consumer lag after the fault, worst (ms)", worst);
					figures.put(name + ": fault end to consumer lag under 1 s (ms)", recovered);
					if (recovered < 0 || recovered > 60_000) {
						figures.problem(name + ": consumer lag not under 1 s within 60 s");
					}
					ServiceCrashIT.awaitAcknowledged(load, load.acknowledgedCount() + 100);
				}
			}
			finally {
				cluster.mongoProxy.mode(TcpProxy.Mode.PASS);
				load.stop();
			}
			load.awaitDone(5);
			Audit.awaitSettled(cluster, Set.of(courseId), Duration.ofMinutes(5));
			Audit.Figures checked = Audit.of(cluster, Set.of(courseId))
				.check(load.acknowledged, new HashSet<>(load.enrolments.values()), LESSONS);
			long deadLettered = deadLetters(admin) - deadLettersBefore;
			figures.put("requests sent", load.requests.get());
			figures.put("requests not acknowledged (retried by the learner)", load.failures.get());
			figures.put("of them server errors (5xx)", load.serverErrors.get());
			figures.put("records sent to dead-letter topics", deadLettered);
			if (deadLettered != 0) {
				figures.problem(deadLettered + " records dead-lettered during transient database faults");
			}
			checked.order.forEach((name) -> figures.put(name, checked.values.get(name)));
			checked.problems().forEach(figures::problem);
		}
		Figures.record("Scenario 3 - database faults", figures);
		assertThat(figures.problems()).isEmpty();
	}

	private static KafkaConsumer<String, String> peeker(Cluster cluster) {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.broker.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "fault-peek-" + UUID.randomUUID(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1),
				new StringDeserializer(), new StringDeserializer());
	}

	/**
	 * How old the oldest record is that some service's consumer group has not committed
	 * yet, in milliseconds; 0 when every group is at the end.
	 */
	static long timeLag(Admin admin, KafkaConsumer<String, String> peek) {
		long worst = 0;
		for (Map.Entry<String, List<String>> group : Kafka.GROUPS.entrySet()) {
			Map<TopicPartition, Long> lag = Kafka.lagByPartition(admin, group.getKey(), group.getValue());
			Map<TopicPartition, OffsetAndMetadata> committed;
			try {
				committed = admin.listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata().get();
			}
			catch (Exception ex) {
				return Long.MAX_VALUE;
			}
			for (Map.Entry<TopicPartition, Long> entry : lag.entrySet()) {
				if (entry.getValue() <= 0) {
					continue;
				}
				OffsetAndMetadata offset = committed.get(entry.getKey());
				peek.assign(List.of(entry.getKey()));
				peek.seek(entry.getKey(), (offset != null) ? offset.offset() : 0);
				for (ConsumerRecord<String, String> record : peek.poll(Duration.ofSeconds(2))) {
					worst = Math.max(worst, System.currentTimeMillis() - record.timestamp());
					break;
				}
			}
		}
		return worst;
	}

	private static long deadLetters(Admin admin) throws Exception {
		Set<TopicPartition> partitions = Kafka.partitions(admin,
				List.of("course.events.DLT", "learning.events.DLT", "certificate.events.DLT"));
		return admin.listOffsets(partitions.stream().collect(Collectors.toMap((p) -> p, (p) -> OffsetSpec.latest())))
			.all()
			.get()
			.values()
			.stream()
			.mapToLong((info) -> info.offset())
			.sum();
	}

}
