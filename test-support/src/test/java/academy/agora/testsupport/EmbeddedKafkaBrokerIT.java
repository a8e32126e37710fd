package academy.agora.testsupport;

import java.nio.file.Path;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaBrokerIT {

	@TempDir
	Path dataDir;

	@Test
	void aRecordSurvivesABrokerRestart() throws Exception {
		String topic = "certificates-issued";
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(this.dataDir, 0);
				KafkaRecords.Sender kafka = KafkaRecords.sender(broker.bootstrapServers(), "/embedded-kafka-it")) {
			kafka.send(new ProducerRecord<>(topic, "c-1", "issued before the restart"));
		}
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(this.dataDir, 0)) {
			assertThat(KafkaRecords.awaitRecords(broker.bootstrapServers(), topic, (record) -> true, 1))
				.extracting(ConsumerRecord::value)
				.containsExactly("issued before the restart");
		}
	}

}
