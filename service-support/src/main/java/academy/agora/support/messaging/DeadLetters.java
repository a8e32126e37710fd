package academy.agora.support.messaging;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import academy.agora.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.kafka.support.KafkaHeaders;

/**
 * An operator's tool for dead-lettered events: lists what a {@code <topic>.DLT} holds,
 * and re-drives it to the original topic once the cause is fixed. It runs from any
 * service's jar:
 *
 * <pre class="code">
 * java -cp certificate-service-exec.jar -Dloader.main=academy.agora.support.messaging.DeadLetters \
 *     org.springframework.boot.loader.launch.PropertiesLauncher list learning.events.DLT
 * ... redrive learning.events.DLT --group certificate-service [--type &lt;ce_type&gt;] [--dry-run]
 * </pre>
 *
 * A re-driven record goes back to the topic it came from with its key, value and original
 * headers ({@code ce_id} included), without the {@code kafka_dlt-*} headers. Every
 * consumer is idempotent on those, so re-driving is safe even for groups that had
 * processed the record. What was re-driven is remembered by the consumer group
 * {@value #REDRIVE_GROUP} (committed only after the broker acknowledged the copies), so
 * running {@code redrive} again re-drives only what was dead-lettered since.
 */
public final class DeadLetters {

	/** The consumer group that remembers how far each dead-letter topic was re-driven. */
	public static final String REDRIVE_GROUP = "dead-letter-redrive";

	private static final Duration POLL = Duration.ofMillis(500);

	private final String bootstrapServers;

	private final PrintStream out;

	public DeadLetters(String bootstrapServers, PrintStream out) {
		this.bootstrapServers = bootstrapServers;
		this.out = out;
	}

	public static void main(String[] args) {
		if (args.length < 2 || !List.of("list", "redrive").contains(args[0])) {
			System.err.println("usage: DeadLetters list <topic>.DLT [--group <consumer group>] [--type <ce_type>]\n"
					+ "       DeadLetters redrive <topic>.DLT --group <consumer group> [--type <ce_type>] [--dry-run]\n"
					+ "The broker is KAFKA_BOOTSTRAP_SERVERS (default localhost:9092).");
			System.exit(2);
		}
		Map<String, String> options = options(args);
		String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
		DeadLetters deadLetters = new DeadLetters(bootstrap, System.out);
		Predicate<ConsumerRecord<String, String>> filter = filter(options.get("--group"), options.get("--type"));
		if ("list".equals(args[0])) {
			deadLetters.list(args[1], filter);
		}
		else {
			if (options.get("--group") == null) {
				System.err.println("redrive needs --group: each consuming group dead-letters its own copy");
				System.exit(2);
			}
			deadLetters.redrive(args[1], filter, options.containsKey("--dry-run"));
		}
	}

	/**
	 * Which dead letters to act on.
	 * @param group only those dead-lettered by this consumer group, if not null
	 * @param type only those of this {@code ce_type}, if not null
	 * @return the filter
	 */
	public static Predicate<ConsumerRecord<String, String>> filter(String group, String type) {
		return (record) -> (group == null || group.equals(header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)))
				&& (type == null || type.equals(header(record, CloudEventHeaders.TYPE)));
	}

	/**
	 * Prints every dead letter matching the filter, one line each.
	 * @param deadLetterTopic such as {@code learning.events.DLT}
	 * @param filter which ones
	 * @return how many were printed
	 */
	public int list(String deadLetterTopic, Predicate<ConsumerRecord<String, String>> filter) {
		int count = 0;
		for (ConsumerRecord<String, String> record : readAll(deadLetterTopic, null)) {
			if (filter.test(record)) {
				count++;
				this.out.println(describe(record));
			}
		}
		this.out.println(count + " dead letter(s) in " + deadLetterTopic);
		return count;
	}

	/**
	 * Sends the dead letters not re-driven yet back to their original topics.
	 * @param deadLetterTopic such as {@code learning.events.DLT}
	 * @param filter which ones; the others are passed over (and not re-driven later)
	 * @param dryRun print what would be re-driven, send and remember nothing
	 * @return how many were (or would be) re-driven
	 */
	public int redrive(String deadLetterTopic, Predicate<ConsumerRecord<String, String>> filter, boolean dryRun) {
		Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
		List<ConsumerRecord<String, String>> records = readAll(deadLetterTopic, done);
		List<ProducerRecord<String, String>> copies = new ArrayList<>();
		for (ConsumerRecord<String, String> record : records) {
			if (filter.test(record)) {
				String topic = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
				if (topic == null) {
					this.out.println("skipped, no original topic: " + describe(record));
					continue;
				}
				ProducerRecord<String, String> copy = new ProducerRecord<>(topic, record.key(), record.value());
				for (Header header : record.headers()) {
					if (!header.key().startsWith("kafka_dlt-")) {
						copy.headers().add(header);
					}
				}
				copies.add(copy);
				this.out.println((dryRun ? "would re-drive " : "re-drive ") + describe(record));
			}
		}
		if (!dryRun) {
			send(copies);
			commit(deadLetterTopic, done);
		}
		this.out.println(
				copies.size() + " dead letter(s) " + (dryRun ? "would be " : "") + "re-driven from " + deadLetterTopic);
		return copies.size();
	}

	private void send(List<ProducerRecord<String, String>> copies) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ProducerConfig.ACKS_CONFIG,
						"all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new StringSerializer())) {
			List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
			copies.forEach((copy) -> sent.add(producer.send(copy)));
			for (java.util.concurrent.Future<?> future : sent) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Re-driving failed; nothing was marked as re-driven", ex);
		}
	}

	private void commit(String deadLetterTopic, Map<TopicPartition, OffsetAndMetadata> done) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.commitSync(done);
		}
	}

	/**
	 * Reads a dead-letter topic up to its end. With {@code progress} set, reading starts
	 * where the last re-drive ended and {@code progress} receives the new end.
	 */
	private List<ConsumerRecord<String, String>> readAll(String topic,
			Map<TopicPartition, OffsetAndMetadata> progress) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
			for (TopicPartition partition : partitions) {
				OffsetAndMetadata from = committed.get(partition);
				if (progress != null && from != null) {
					consumer.seek(partition, from.offset());
				}
				else {
					consumer.seekToBeginning(List.of(partition));
				}
			}
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
					if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
						records.add(record);
					}
				}
			}
			if (progress != null) {
				ends.forEach((partition, end) -> progress.put(partition, new OffsetAndMetadata(end)));
			}
		}
		return records;
	}

	private KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						REDRIVE_GROUP, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new StringDeserializer());
	}

	static String describe(ConsumerRecord<String, String> record) {
		String message = header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
		if (message != null && message.length() > 160) {
			message = message.substring(0, 160) + "…";
		}
		return record.topic() + "-" + record.partition() + "@" + record.offset() + " group="
				+ header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP) + " from="
				+ header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC) + "-"
				+ intHeader(record, KafkaHeaders.DLT_ORIGINAL_PARTITION) + "@"
				+ longHeader(record, KafkaHeaders.DLT_ORIGINAL_OFFSET) + " key=" + record.key() + " ce_type="
				+ header(record, CloudEventHeaders.TYPE) + " ce_id=" + header(record, CloudEventHeaders.ID) + " error="
				+ header(record, KafkaHeaders.DLT_EXCEPTION_FQCN) + ": " + message;
	}

	/**
	 * A header as text.
	 * @param record the record
	 * @param name the header
	 * @return its last value, or null
	 */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * The original partition, which the recoverer writes as a 4-byte integer.
	 * @param record a dead letter
	 * @return the partition, or -1
	 */
	public static int intHeader(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value().length == 4) ? java.nio.ByteBuffer.wrap(header.value()).getInt() : -1;
	}

	/**
	 * The original offset, which the recoverer writes as an 8-byte long.
	 * @param record a dead letter
	 * @return the offset, or -1
	 */
	public static long longHeader(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value().length == 8) ? java.nio.ByteBuffer.wrap(header.value()).getLong() : -1;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 2; i < args.length; i++) {
			if (args[i].equals("--dry-run")) {
				options.put(args[i], "true");
			}
			else if (args[i].startsWith("--") && i + 1 < args.length) {
				options.put(args[i], args[++i]);
			}
		}
		return options;
	}

}
