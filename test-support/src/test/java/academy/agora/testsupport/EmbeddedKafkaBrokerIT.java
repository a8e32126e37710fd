package academy.agora.testsupport;

import java.nio.file.Path;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaBrokerIT {

	@TempDir
	Path dataDir;

	@Test
	void aRecordSurvivesABrokerRestart() throws Exception {
		String topic = "certificates-issued";
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(this.dataDir, 0)) {
			KafkaTestClients.produce(broker.bootstrapServers(), topic, "c-1", "issued before the restart");
		}
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(this.dataDir, 0)) {
			assertThat(KafkaTestClients.consumeAtLeast(broker.bootstrapServers(), topic, 1))
				.extracting(ConsumerRecord::value)
				.containsExactly("issued before the restart");
		}
	}

}
