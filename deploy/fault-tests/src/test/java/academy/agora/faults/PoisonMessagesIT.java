package academy.agora.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.course.CoursePublished;
import academy.agora.support.messaging.DeadLetters;
import com.mongodb.client.model.Filters;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 4, poison messages: 100 malformed or unprocessable events among valid
 * publications on {@code course.events}, which progress-service consumes. Exactly those
 * 100 land in {@code course.events.DLT}, with their original headers; every valid one is
 * processed (one course version stored each); events of an unknown major version are
 * skipped, not dead-lettered; and no partition stops moving for more than 5 s. Then the
 * dead letters are listed and re-driven with {@link DeadLetters}, the operators' tool.
 * <p>
 * The valid events are self-contained on purpose: a completion of an enrolment that does
 * not exist would make certificate-service issue a certificate that progress-service
 * rightly cannot place (it retries, then dead-letters it), which is not this scenario.
 */
class PoisonMessagesIT {

	@Test
	void malformedEventsAreDeadLetteredWithTheirHeadersAndTheRestIsProcessed() throws Exception {
		Cluster cluster = Cluster.get();
		FaultSize size = cluster.size;
		String run = "poison-" + System.currentTimeMillis();
		int total = size.poisonTotal();
		int bad = size.poisonBad();
		int unknownVersions = 20;
		Map<String, Long> badOffsets = new ConcurrentHashMap<>();
		Set<String> badKinds = new HashSet<>();
		List<Future<RecordMetadata>> sent = new java.util.ArrayList<>();
		Stalls stalls = new Stalls(cluster);
		stalls.start();
		long started = System.nanoTime();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.broker.bootstrapServers(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new StringSerializer())) {
			int every = total / bad;
			int badSent = 0;
			for (int i = 0; i < total; i++) {
				String courseId = run + "-course-" + i;
				if (i % every == every / 2 && badSent < bad) {
					ProducerRecord<String, String> poison = poison(run, badSent, courseId);
					badKinds.add(kind(badSent));
					String id = run + "-bad-" + badSent;
					badSent++;
					sent.add(producer.send(poison, (metadata, ex) -> {
						if (metadata != null) {
							badOffsets.put(metadata.partition() + "@" + metadata.offset(), (long) 0);
						}
					}));
					continue;
				}
				sent.add(producer
					.send(event(published(courseId), run + "-good-" + i, EventType.COURSE_PUBLISHED.typeName())));
				if (i % (total / unknownVersions) == 0) {
					// A newer major version this service does not know: skipped by
					// design.
					sent.add(producer.send(event(published(run + "-v2-" + i), run + "-v2-" + i,
							EventType.COURSE_PUBLISHED.typeName().replace(".v1", ".v2"))));
				}
			}
			for (Future<RecordMetadata> future : sent) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		int good = total - bad;
		Audit.awaitSettled(cluster, Set.of(), Duration.ofMinutes(10));
		Duration processing = Duration.ofNanos(System.nanoTime() - started);
		stalls.stop();

		long stored = storedVersions(cluster, run);
		Map<String, Set<String>> deadLettersByGroup = new HashMap<>();
		Set<String> deadOriginals = new HashSet<>();
		AtomicLong withoutOriginalHeaders = new AtomicLong();
		AtomicLong ofOthers = new AtomicLong();
		Kafka.scan(cluster.broker.bootstrapServers(), "course.events.DLT", (record) -> {
			if (record.key() == null || !record.key().startsWith(run)) {
				return;
			}
			String original = DeadLetters.intHeader(record, KafkaHeaders.DLT_ORIGINAL_PARTITION) + "@"
					+ DeadLetters.longHeader(record, KafkaHeaders.DLT_ORIGINAL_OFFSET);
			deadOriginals.add(original);
			deadLettersByGroup
				.computeIfAbsent(DeadLetters.header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
						(g) -> new HashSet<>())
				.add(original);
			if (!badOffsets.containsKey(original)) {
				ofOthers.incrementAndGet();
			}
			String id = DeadLetters.header(record, CloudEventHeaders.ID);
			if (id == null || !id.startsWith(run + "-bad-")
					|| !"/fault-tests".equals(DeadLetters.header(record, CloudEventHeaders.SOURCE))) {
				withoutOriginalHeaders.incrementAndGet();
			}
		});

		Audit.Figures figures = new Audit.Figures();
		figures.put("events sent", total);
		figures.put("malformed events among them", bad);
		figures.put("kinds of malformed events", badKinds);
		figures.put("events of an unknown major version sent besides", unknownVersions);
		figures.put("valid publications processed (course versions stored)", stored);
		figures.put("distinct events in course.events.DLT", deadOriginals.size());
		deadLettersByGroup.forEach((group, originals) -> figures.put("  dead-lettered by " + group, originals.size()));
		figures.put("dead letters that were not malformed", ofOthers.get());
		figures.put("dead letters without their original CloudEvents headers", withoutOriginalHeaders.get());
		figures.put("longest time a partition with lag did not move (ms)", stalls.longest.get());
		figures.put("all sent to all processed (ms)", processing.toMillis());
		if (stored != good) {
			figures.problem(stored + " versions stored for " + good + " valid publications");
		}
		if (!deadOriginals.equals(badOffsets.keySet())) {
			figures.problem("dead letters " + deadOriginals.size() + " are not exactly the " + bad + " malformed");
		}
		if (withoutOriginalHeaders.get() > 0) {
			figures.problem(withoutOriginalHeaders.get() + " dead letters lost their headers");
		}
		if (stalls.longest.get() > 5_000) {
			figures.problem("a partition stalled for " + stalls.longest.get() + " ms");
		}

		// Listing and re-driving: the malformed records go back to course.events with
		// their headers (and, still malformed, come back to the DLT); nothing else
		// changes, as every consumer is idempotent.
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		DeadLetters tool = new DeadLetters(cluster.broker.bootstrapServers(),
				new PrintStream(output, true, StandardCharsets.UTF_8));
		Predicate<ConsumerRecord<String, String>> ours = DeadLetters.filter("progress-service", null)
			.and((record) -> record.key() != null && record.key().startsWith(run));
		int listed = tool.list("course.events.DLT", ours);
		int redriven = tool.redrive("course.events.DLT", ours, false);
		Audit.awaitSettled(cluster, Set.of(), Duration.ofMinutes(5));
		// Still malformed, the copies were dead-lettered again: a new re-drive would take
		// those, and only those.
		int again = tool.redrive("course.events.DLT", ours, true);
		AtomicLong backOnTopic = new AtomicLong();
		Kafka.scan(cluster.broker.bootstrapServers(), "course.events", (record) -> {
			if (record.key() != null && record.key().startsWith(run + "-bad-")) {
				backOnTopic.incrementAndGet();
			}
		});
		AtomicLong deadAfter = new AtomicLong();
		Kafka.scan(cluster.broker.bootstrapServers(), "course.events.DLT", (record) -> {
			if (record.key() != null && record.key().startsWith(run)) {
				deadAfter.incrementAndGet();
			}
		});
		long storedAfter = storedVersions(cluster, run);
		figures.put("dead letters listed by the tool", listed);
		figures.put("re-driven to course.events", redriven);
		figures.put("a second re-drive would take (the copies dead-lettered again)", again);
		figures.put("malformed records on course.events after the re-drive (original + copy)", backOnTopic.get());
		figures.put("dead letters after the re-drive (still malformed, so again)", deadAfter.get());
		figures.put("course versions stored after the re-drive", storedAfter);
		if (listed != bad || redriven != bad || again != bad || storedAfter != good || backOnTopic.get() != 2L * bad
				|| deadAfter.get() != 2L * bad) {
			figures.problem("re-drive: listed " + listed + ", re-driven " + redriven + ", again " + again + ", stored "
					+ storedAfter + ", on the topic " + backOnTopic + ", dead " + deadAfter);
		}
		Figures.record("Scenario 4 - poison messages", figures);
		assertThat(figures.problems()).isEmpty();
	}

	private static CoursePublished published(String courseId) {
		return new CoursePublished(courseId, 1, "Poison course", "en", List
			.of(new CoursePublished.Lesson("lesson-1", "Lesson 1"), new CoursePublished.Lesson("lesson-2", "Lesson 2")),
				Instant.now());
	}

	private static ProducerRecord<String, String> event(CoursePublished published, String id, String type) {
		ProducerRecord<String, String> record = new ProducerRecord<>("course.events", published.courseId(),
				EventCodec.encode(published));
		headers(record, id, type);
		return record;
	}

	private static long storedVersions(Cluster cluster, String run) {
		return Flux
			.from(cluster.database("progress")
				.getCollection("course_versions")
				.countDocuments(Filters.regex("courseId", "^" + run + "-course-")))
			.blockFirst();
	}

	private static void headers(ProducerRecord<String, String> record, String id, String type) {
		add(record, CloudEventHeaders.ID, id);
		if (type != null) {
			add(record, CloudEventHeaders.TYPE, type);
		}
		add(record, CloudEventHeaders.SOURCE, "/fault-tests");
		add(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		add(record, CloudEventHeaders.TIME, Instant.now().toString());
		add(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
	}

	private static void add(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	static String kind(int number) {
		return List
			.of("no ce_type header", "not JSON", "a required field missing", "no value", "a field of the wrong type",
					"a JSON array", "another type's payload",
					"a lesson without an id (fails in the domain: retried, then dead-lettered)")
			.get(number % 8);
	}

	private static ProducerRecord<String, String> poison(String run, int number, String courseId) {
		String type = EventType.COURSE_PUBLISHED.typeName();
		String id = run + "-bad-" + number;
		String key = run + "-bad-" + number;
		String valid = EventCodec.encode(published(key));
		ProducerRecord<String, String> record = switch (number % 8) {
			case 0 -> new ProducerRecord<>("course.events", key, valid);
			case 1 -> new ProducerRecord<>("course.events", key, "{\"courseId\": \"" + key + "\", ");
			case 2 -> new ProducerRecord<>("course.events", key, valid.replace("\"courseId\"", "\"course\""));
			case 3 -> new ProducerRecord<>("course.events", key, null);
			case 4 ->
				new ProducerRecord<>("course.events", key, valid.replace("\"version\":1", "\"version\":\"first\""));
			case 5 -> new ProducerRecord<>("course.events", key, "[" + valid + "]");
			case 6 -> new ProducerRecord<>("course.events", key, "{\"lessonId\": \"lesson-1\"}");
			default -> new ProducerRecord<>("course.events", key,
					valid.replace("\"lessonId\":\"lesson-1\"", "\"lessonId\":null"));
		};
		headers(record, id, (number % 8 == 0) ? null : type);
		return record;
	}

	/**
	 * Watches progress-service's committed offsets on course.events: the longest time a
	 * partition that had records waiting went without its offset moving.
	 */
	static final class Stalls {

		final AtomicLong longest = new AtomicLong();

		private final Cluster cluster;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private Thread thread;

		Stalls(Cluster cluster) {
			this.cluster = cluster;
		}

		void start() {
			this.thread = new Thread(() -> {
				Map<TopicPartition, Long> lastOffset = new HashMap<>();
				Map<TopicPartition, Long> since = new HashMap<>();
				try (Admin admin = Kafka.admin(this.cluster.broker.bootstrapServers())) {
					while (this.running.get()) {
						long now = System.currentTimeMillis();
						Map<TopicPartition, Long> lag = Kafka.lagByPartition(admin, "progress-service",
								List.of("course.events"));
						Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed = admin
							.listConsumerGroupOffsets("progress-service")
							.partitionsToOffsetAndMetadata()
							.get(10, TimeUnit.SECONDS);
						for (Map.Entry<TopicPartition, Long> entry : lag.entrySet()) {
							TopicPartition partition = entry.getKey();
							long offset = (committed.get(partition) != null) ? committed.get(partition).offset() : 0;
							if (entry.getValue() == 0 || !Long.valueOf(offset).equals(lastOffset.get(partition))) {
								since.put(partition, now);
								lastOffset.put(partition, offset);
							}
							else {
								this.longest.accumulateAndGet(now - since.get(partition), Math::max);
							}
						}
						Thread.sleep(200);
					}
				}
				catch (Exception ex) {
					if (this.running.get()) {
						throw new IllegalStateException(ex);
					}
				}
			}, "stall-watch");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.thread.join(10_000);
		}

	}

}
