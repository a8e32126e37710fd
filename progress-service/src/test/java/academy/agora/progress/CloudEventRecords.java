package academy.agora.progress;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import academy.agora.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain Kafka clients for tests: a producer that writes records the way the outbox relay
 * does, and a consumer of its own throw-away group that reads a topic from the start.
 */
public final class CloudEventRecords implements AutoCloseable {

	private final KafkaProducer<String, String> producer;

	private final String bootstrapServers;

	public CloudEventRecords(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer());
	}

	/**
	 * A record with every CloudEvents header the relay writes.
	 */
	public static ProducerRecord<String, String> cloudEvent(String topic, String key, String eventId, String type,
			String json) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
		header(record, CloudEventHeaders.ID, eventId);
		header(record, CloudEventHeaders.TYPE, type);
		header(record, CloudEventHeaders.SOURCE, "/course-service");
		header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		header(record, CloudEventHeaders.TIME, Instant.now().toString());
		header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		return record;
	}

	public static ProducerRecord<String, String> header(ProducerRecord<String, String> record, String name,
			String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
		return record;
	}

	public static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * Sends and waits for the broker's acknowledgement.
	 */
	public void send(ProducerRecord<String, String> record) {
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send " + record, ex);
		}
	}

	/**
	 * A consumer that reads the topic from its beginning.
	 */
	public Reader read(String topic) {
		return new Reader(this.bootstrapServers, topic);
	}

	@Override
	public void close() {
		this.producer.close();
	}

	/**
	 * Collects the records of one topic that a test cares about.
	 */
	public static final class Reader implements AutoCloseable {

		private final KafkaConsumer<String, String> consumer;

		private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

		Reader(String bootstrapServers, String topic) {
			this.consumer = new KafkaConsumer<>(
					Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
							"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
					new StringDeserializer(), new StringDeserializer());
			this.consumer.subscribe(List.of(topic));
		}

		/**
		 * Polls once and returns everything received so far that matches.
		 */
		public List<ConsumerRecord<String, String>> poll(Predicate<ConsumerRecord<String, String>> matching) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.received::add);
			return this.received.stream().filter(matching).toList();
		}

		@Override
		public void close() {
			this.consumer.close();
		}

	}

}
