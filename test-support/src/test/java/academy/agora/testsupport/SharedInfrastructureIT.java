package academy.agora.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs against whichever kind {@link TestInfrastructure} picks; run with
 * {@code -Dagora.infrastructure=containers} on a machine with Docker to cover the other.
 */
class SharedInfrastructureIT {

	private final TestInfrastructure infrastructure = TestInfrastructure.get();

	@Test
	void anIdempotentlyProducedRecordIsConsumedBack() throws Exception {
		String topic = "enrolments-" + System.nanoTime();
		try (KafkaRecords.Sender kafka = KafkaRecords.sender(this.infrastructure.kafkaBootstrapServers(),
				"/infrastructure-it")) {
			kafka.send(new ProducerRecord<>(topic, "e-1", "{\"learner\":\"ana\"}"));
		}
		List<ConsumerRecord<String, String>> records = KafkaRecords
			.awaitRecords(this.infrastructure.kafkaBootstrapServers(), topic, (record) -> true, 1);
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.key()).isEqualTo("e-1");
			assertThat(record.value()).isEqualTo("{\"learner\":\"ana\"}");
		});
	}

	@Test
	void aDocumentIsReadBackAndAUniqueIndexRejectsADuplicate() {
		try (MongoClient client = MongoClients.create(this.infrastructure.mongoUri("infrastructure-it"))) {
			MongoCollection<Document> certificates = client.getDatabase("infrastructure-it")
				.getCollection("certificates-" + System.nanoTime());
			Mono.from(certificates.createIndex(Indexes.ascending("enrolmentId"), new IndexOptions().unique(true)))
				.block();
			Mono.from(certificates.insertOne(new Document("enrolmentId", "e-1").append("learner", "ana"))).block();

			StepVerifier.create(Flux.from(certificates.find(new Document("enrolmentId", "e-1"))))
				.assertNext((document) -> assertThat(document.getString("learner")).isEqualTo("ana"))
				.verifyComplete();
			StepVerifier.create(Mono.from(certificates.insertOne(new Document("enrolmentId", "e-1"))))
				.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(MongoWriteException.class,
						(ex) -> assertThat(ex.getError().getCode()).isEqualTo(11000)))
				.verify();
		}
	}

	@Test
	void theUriNamesTheDatabase() {
		assertThat(this.infrastructure.mongoUri("progress")).startsWith("mongodb://").endsWith("/progress");
	}

	@Test
	void springBootPropertiesPointAtTheInfrastructure() {
		Map<String, Supplier<Object>> properties = new HashMap<>();
		DynamicPropertyRegistry registry = properties::put;
		this.infrastructure.registerProperties(registry, "courses");
		assertThat(properties.get("spring.kafka.bootstrap-servers").get())
			.isEqualTo(this.infrastructure.kafkaBootstrapServers());
		assertThat(properties.get("spring.mongodb.uri").get()).isEqualTo(this.infrastructure.mongoUri("courses"));
	}

}
