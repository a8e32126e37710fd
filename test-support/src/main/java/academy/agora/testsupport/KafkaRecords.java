package academy.agora.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.Event;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Plain Kafka clients for tests against a real broker, so that a test sees exactly what
 * any other service on the bus would see, with no Spring Kafka in between.
 * <p>
 * A {@link Sender} stands in for another service's outbox relay: it writes events as
 * CloudEvents in binary content mode (the attributes as {@code ce_} headers, the JSON
 * payload as the record value), with the headers service-support's {@code OutboxRelay}
 * writes, and waits for the broker's acknowledgement. A {@link Reader} reads a topic from
 * its earliest offset in a throw-away consumer group, so it also sees what was published
 * before it subscribed, and keeps every record it has seen.
 */
public final class KafkaRecords {

	/**
	 * How long a test waits for records to arrive.
	 */
	public static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(500);

	private KafkaRecords() {
	}

	/**
	 * Reads a topic from its start until at least {@code atLeast} matching records have
	 * arrived, for at most {@link #PATIENCE}.
	 * @param bootstrapServers the broker
	 * @param topic the topic to read
	 * @param matching which records count
	 * @param atLeast how many matching records to wait for
	 * @return every matching record received by then, in the order read
	 */
	public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String topic,
			Predicate<ConsumerRecord<String, String>> matching, int atLeast) {
		try (Reader reader = reader(bootstrapServers, topic)) {
			return await().atMost(PATIENCE).until(() -> reader.poll(matching), (found) -> found.size() >= atLeast);
		}
	}

	/**
	 * Everything on a topic up to its current end, for checks that something is
	 * <em>not</em> there: unlike polling for a while, this cannot pass just because the
	 * consumer had not been assigned its partitions yet.
	 * @param bootstrapServers the broker
	 * @param topic the topic to read
	 * @return every record on it when called, by partition and offset
	 */
	public static List<ConsumerRecord<String, String>> readToEnd(String bootstrapServers, String topic) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
						"read_committed"),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, PATIENCE);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			await().atMost(PATIENCE).until(() -> {
				consumer.poll(POLL).forEach(records::add);
				return partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
			});
			return records;
		}
	}

	/**
	 * A consumer of its own group that reads the topic from its start.
	 * @param bootstrapServers the broker
	 * @param topic the topic to read
	 * @return the reader, to close after use
	 */
	public static Reader reader(String bootstrapServers, String topic) {
		return new Reader(bootstrapServers, topic);
	}

	/**
	 * A producer that writes the way a service's outbox relay does.
	 * @param bootstrapServers the broker
	 * @param source the {@code ce_source} of every CloudEvent it builds, such as
	 * {@code /progress-service}
	 * @return the sender, to close after use
	 */
	public static Sender sender(String bootstrapServers, String source) {
		return new Sender(bootstrapServers, source);
	}

	/**
	 * The value of a header as text.
	 * @param record the record
	 * @param name the header's name
	 * @return the value of the last header of that name, or {@code null} if there is none
	 */
	public static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * Adds a header, for records that deliberately lack or break the CloudEvents headers.
	 * @param record the record
	 * @param name the header's name
	 * @param value its value as text
	 * @return the record
	 */
	public static ProducerRecord<String, String> withHeader(ProducerRecord<String, String> record, String name,
			String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/**
	 * Records of one key, such as everything about one learner or one course.
	 * @param key the record key
	 * @return the predicate
	 */
	public static Predicate<ConsumerRecord<String, String>> hasKey(String key) {
		return (record) -> key.equals(record.key());
	}

	/**
	 * Records whose {@code ce_type} names the given event type.
	 * @param type the event type
	 * @return the predicate
	 */
	public static Predicate<ConsumerRecord<String, String>> hasType(EventType type) {
		return (record) -> type.typeName().equals(header(record, CloudEventHeaders.TYPE));
	}

	/**
	 * Writes records and waits until the broker has acknowledged each one, so that
	 * records sent one after another with the same key arrive in that order.
	 */
	public static final class Sender implements AutoCloseable {

		private final KafkaProducer<String, String> producer;

		private final String source;

		private Sender(String bootstrapServers, String source) {
			this.producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
							ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
					new StringSerializer(), new StringSerializer());
			this.source = source;
		}

		/**
		 * A record with every CloudEvents header the outbox relay writes, timed now.
		 * @param topic the topic
		 * @param key the record key
		 * @param eventId the {@code ce_id}; the same id again makes a redelivery
		 * @param typeName the {@code ce_type}
		 * @param payload the record value, as it is, even if it is not valid JSON
		 * @return the record, to send once or several times
		 */
		public ProducerRecord<String, String> cloudEvent(String topic, String key, String eventId, String typeName,
				String payload) {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
			withHeader(record, CloudEventHeaders.ID, eventId);
			withHeader(record, CloudEventHeaders.TYPE, typeName);
			withHeader(record, CloudEventHeaders.SOURCE, this.source);
			withHeader(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
			withHeader(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
			withHeader(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
			return record;
		}

		/**
		 * An event on its topic, keyed, typed and encoded as the contracts say.
		 * @param event the event
		 * @param eventId the {@code ce_id}; the same id again makes a redelivery
		 * @return the record
		 */
		public ProducerRecord<String, String> cloudEvent(Event event, String eventId) {
			EventType type = EventType.of(event);
			return cloudEvent(type.topic(), event.key(), eventId, type.typeName(), EventCodec.encode(event));
		}

		/**
		 * Sends and waits for the broker's acknowledgement.
		 * @param record the record, with whatever headers it has
		 */
		public void send(ProducerRecord<String, String> record) {
			try {
				this.producer.send(record).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not send " + record, ex);
			}
		}

		@Override
		public void close() {
			this.producer.close();
		}

	}

	/**
	 * Collects the records of one topic. Each poll fetches what arrived since the last
	 * one and answers from everything seen so far.
	 */
	public static final class Reader implements AutoCloseable {

		private final KafkaConsumer<String, String> consumer;

		private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

		private Reader(String bootstrapServers, String topic) {
			this.consumer = new KafkaConsumer<>(
					Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
							"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
					new StringDeserializer(), new StringDeserializer());
			this.consumer.subscribe(List.of(topic));
		}

		/**
		 * Polls once.
		 * @return every record seen so far, in the order read
		 */
		public synchronized List<ConsumerRecord<String, String>> poll() {
			return poll((record) -> true);
		}

		/**
		 * Polls once.
		 * @param matching which records count
		 * @return every matching record seen so far, in the order read
		 */
		public synchronized List<ConsumerRecord<String, String>> poll(
				Predicate<ConsumerRecord<String, String>> matching) {
			this.consumer.poll(POLL).forEach(this.seen::add);
			return this.seen.stream().filter(matching).toList();
		}

		@Override
		public synchronized void close() {
			this.consumer.close();
		}

	}

}
