package academy.agora.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.Topics;
import academy.agora.events.progress.LessonCompleted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import static academy.agora.testsupport.KafkaRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the helpers the services' integration tests share put on the wire and read back.
 */
class KafkaRecordsIT {

	private final String bootstrapServers = TestInfrastructure.get().kafkaBootstrapServers();

	@Test
	void anEventTravelsAsABinaryModeCloudEventOnItsTopicUnderItsKey() {
		String learner = "learner-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		LessonCompleted event = new LessonCompleted("e-1", learner, "c-1", 1, "mandate", Instant.now());
		try (KafkaRecords.Sender kafka = KafkaRecords.sender(this.bootstrapServers, "/progress-service")) {
			kafka.send(kafka.cloudEvent(event, eventId));
		}

		List<ConsumerRecord<String, String>> records = KafkaRecords.awaitRecords(this.bootstrapServers,
				Topics.LEARNING_EVENTS, KafkaRecords.hasKey(learner), 1);

		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.value()).isEqualTo(EventCodec.encode(event));
			assertThat(KafkaRecords.hasType(EventType.LESSON_COMPLETED)).accepts(record);
			assertThat(KafkaRecords.hasType(EventType.COURSE_COMPLETED)).rejects(record);
			assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(eventId);
			assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(EventType.LESSON_COMPLETED.typeName());
			assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/progress-service");
			assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBeforeOrEqualTo(Instant.now());
			assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
			assertThat(header(record, CloudEventHeaders.TRACEPARENT)).isNull();
		});
	}

	@Test
	void aRawRecordCarriesOnlyTheHeadersGivenAndAReaderKeepsWhatItHasSeen() {
		String topic = "raw-" + UUID.randomUUID();
		try (KafkaRecords.Sender kafka = KafkaRecords.sender(this.bootstrapServers, "/unused")) {
			kafka.send(KafkaRecords.withHeader(new ProducerRecord<>(topic, "k-1", "not json"), CloudEventHeaders.ID,
					"id-1"));
			kafka.send(new ProducerRecord<>(topic, "k-2", "second"));
		}

		try (KafkaRecords.Reader reader = KafkaRecords.reader(this.bootstrapServers, topic)) {
			List<ConsumerRecord<String, String>> all = await().atMost(KafkaRecords.PATIENCE)
				.until(reader::poll, (seen) -> seen.size() >= 2);
			// Three partitions: records of different keys may arrive in either order.
			assertThat(all).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("k-1", "k-2");
			ConsumerRecord<String, String> first = reader.poll(KafkaRecords.hasKey("k-1")).get(0);
			assertThat(first.value()).isEqualTo("not json");
			assertThat(header(first, CloudEventHeaders.ID)).isEqualTo("id-1");
			assertThat(header(first, CloudEventHeaders.TYPE)).isNull();
			assertThat(reader.poll(KafkaRecords.hasKey("k-2"))).singleElement()
				.satisfies((second) -> assertThat(second.headers().toArray()).isEmpty());
		}
	}

}
