package academy.agora.faults;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 6, full replay: every service stops, its consumer group is reset to offset 0
 * on every topic, and it starts again and replays everything on the topics (whatever the
 * other scenarios of this run left there, and a batch of completed courses of its own). A
 * digest of every collection of every service's database, the certificate count and the
 * topics' end offsets (no new event) must be unchanged.
 */
class FullReplayIT {

	private static final List<String> DATABASES = List.of("course", "progress", "certificate");

	@Test
	void replayingEveryTopicFromOffsetZeroChangesNoStoredState() throws Exception {
		Cluster cluster = Cluster.get();
		String courseId = Api.publishCourse(cluster.service(Cluster.COURSE).url(), cluster.issuer.author(),
				"Full replay", 4);
		LearnerLoad load = new LearnerLoad(cluster, courseId, "replay-" + System.currentTimeMillis(), 100, 4,
				cluster::progressUrls, 8);
		load.awaitDone(5);
		Audit.awaitSettled(cluster, java.util.Set.of(courseId), Duration.ofMinutes(5));
		Map<String, String> before = digests(cluster);
		long certificatesBefore = count(cluster, "certificate", "certificates");
		Map<String, Long> endsBefore;
		Audit.Figures figures = new Audit.Figures();
		try (Admin admin = Kafka.admin(cluster.broker.bootstrapServers())) {
			endsBefore = endOffsets(admin);
			List<Service> running = cluster.services.values().stream().filter(Service::isRunning).toList();
			running.forEach(Service::stop);
			Kafka.rewindToStart(admin);
			long records = Kafka.lag(admin).values().stream().mapToLong(Long::longValue).sum();
			long started = System.nanoTime();
			running.forEach(Service::launch);
			running.forEach((service) -> service.awaitReady(Duration.ofMinutes(3)));
			Audit.awaitSettled(cluster, java.util.Set.of(), Duration.ofMinutes(20));
			figures.put("records replayed (all groups)", records);
			figures.put("replay took, restart included (ms)", Duration.ofNanos(System.nanoTime() - started).toMillis());
			Map<String, Long> endsAfter = endOffsets(admin);
			figures.put("events published by the replay",
					endsAfter.entrySet()
						.stream()
						.mapToLong((entry) -> entry.getValue() - endsBefore.get(entry.getKey()))
						.sum());
			if (!endsAfter.equals(endsBefore)) {
				figures.problem("the replay published events: " + endsBefore + " -> " + endsAfter);
			}
		}
		Map<String, String> after = digests(cluster);
		long certificatesAfter = count(cluster, "certificate", "certificates");
		figures.put("collections digested", before.size());
		before.forEach((collection, digest) -> figures.put("digest " + collection, digest.substring(0, 16)));
		figures.put("certificates before / after", certificatesBefore + " / " + certificatesAfter);
		before.forEach((collection, digest) -> {
			if (!digest.equals(after.get(collection))) {
				figures.problem("stored state of " + collection + " changed in the replay");
			}
		});
		if (certificatesBefore != certificatesAfter) {
			figures.problem("certificates " + certificatesBefore + " -> " + certificatesAfter);
		}
		Figures.record("Scenario 6 - full replay", figures);
		assertThat(figures.problems()).isEmpty();
	}

	/** SHA-256 over every document of each collection, in _id order, as extended JSON. */
	static Map<String, String> digests(Cluster cluster) throws Exception {
		Map<String, String> digests = new TreeMap<>();
		for (String database : DATABASES) {
			for (String collection : Flux.from(cluster.database(database).listCollectionNames())
				.collectList()
				.block(Duration.ofMinutes(1))) {
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				for (Document document : Flux
					.from(cluster.database(database).getCollection(collection).find().sort(new Document("_id", 1)))
					.toIterable()) {
					sha.update(document.toJson().getBytes(StandardCharsets.UTF_8));
				}
				digests.put(database + "." + collection, HexFormat.of().formatHex(sha.digest()));
			}
		}
		return digests;
	}

	private static long count(Cluster cluster, String database, String collection) {
		return Flux.from(cluster.database(database).getCollection(collection).countDocuments()).blockFirst();
	}

	private static Map<String, Long> endOffsets(Admin admin) throws Exception {
		Map<String, Long> ends = new TreeMap<>();
		var partitions = Kafka.partitions(admin, List.of("course.events", "learning.events", "certificate.events"));
		admin
			.listOffsets(partitions.stream()
				.collect(java.util.stream.Collectors.toMap((p) -> p, (p) -> OffsetSpec.latest())))
			.all()
			.get()
			.forEach((partition, info) -> ends.put(partition.toString(), info.offset()));
		return ends;
	}

}
