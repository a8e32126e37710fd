package academy.agora.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.testsupport.KafkaRecords;
import academy.agora.testsupport.TestInfrastructure;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static academy.agora.testsupport.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class OutboxRelayIT {

	private static final String COLLECTION = "enrolments";

	private static final String TOPIC = "learning.events";

	static MongoClient client;

	static ReactiveMongoTemplate mongo;

	final Outbox outbox = new Outbox(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC),
			new StaticListableBeanFactory().getBeanProvider(io.micrometer.tracing.Tracer.class));

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.get().mongoUri("outbox-relay-it"));
		mongo = new ReactiveMongoTemplate(client, "outbox-relay-it");
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void pendingEventsArePublishedInOrderWithCloudEventsHeadersAndThenRemoved() {
		String learner = UUID.randomUUID().toString();
		List<LessonCompleted> events = List.of(completion(learner, "mandate"), completion(learner, "lottery"));
		String id = store(events);

		Long published = relay(kafka(TestInfrastructure.get().kafkaBootstrapServers())).relayPending().block();

		assertThat(published).isGreaterThanOrEqualTo(2);
		List<ConsumerRecord<String, String>> records = recordsFor(learner, 2);
		assertThat(records).extracting(ConsumerRecord::value)
			.containsExactly(EventCodec.encode(events.get(0)), EventCodec.encode(events.get(1)));
		ConsumerRecord<String, String> first = records.get(0);
		assertThat(header(first, CloudEventHeaders.TYPE)).isEqualTo(EventType.LESSON_COMPLETED.typeName());
		assertThat(header(first, CloudEventHeaders.SOURCE)).isEqualTo("/outbox-relay-it");
		assertThat(header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(first, CloudEventHeaders.TIME)).isEqualTo("2026-11-24T10:00:00Z");
		assertThat(header(first, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(header(first, CloudEventHeaders.ID)).isNotEqualTo(header(records.get(1), CloudEventHeaders.ID));
		assertThat(pending(id)).isEmpty();
	}

	@Test
	void eventsStayPendingWhileTheBrokerIsUnreachableAndArePublishedOnceItIsBack() {
		String learner = UUID.randomUUID().toString();
		String id = store(List.of(completion(learner, "mandate")));
		KafkaTemplate<String, String> unreachable = kafka("127.0.0.1:1");

		assertThatException().isThrownBy(() -> relay(unreachable).relayPending().block());
		assertThat(pending(id)).hasSize(1);

		relay(kafka(TestInfrastructure.get().kafkaBootstrapServers())).relayPending().block();
		assertThat(recordsFor(learner, 1)).hasSize(1);
		assertThat(pending(id)).isEmpty();
	}

	private String store(List<LessonCompleted> events) {
		String id = UUID.randomUUID().toString();
		mongo
			.insert(new Document("_id", id).append("status", "IN_PROGRESS")
				.append(OutboxEntry.FIELD, this.outbox.documents(events)), COLLECTION)
			.block();
		return id;
	}

	private static List<?> pending(String id) {
		return mongo.findById(id, Document.class, COLLECTION).block().getList(OutboxEntry.FIELD, Document.class);
	}

	private static LessonCompleted completion(String learner, String lesson) {
		return new LessonCompleted("e-1", learner, "c-1", 1, lesson, Instant.parse("2026-11-24T10:00:00Z"));
	}

	private static OutboxRelay relay(KafkaTemplate<String, String> kafka) {
		return new OutboxRelay(mongo, kafka, new OutboxProperties(List.of(COLLECTION), Duration.ofSeconds(1), 100),
				"/outbox-relay-it");
	}

	private static KafkaTemplate<String, String> kafka(String bootstrapServers) {
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
	}

	private static List<ConsumerRecord<String, String>> recordsFor(String learner, int expected) {
		return KafkaRecords.awaitRecords(TestInfrastructure.get().kafkaBootstrapServers(), TOPIC,
				KafkaRecords.hasKey(learner), expected);
	}

}
