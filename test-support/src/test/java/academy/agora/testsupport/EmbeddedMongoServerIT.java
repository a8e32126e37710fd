package academy.agora.testsupport;

import java.nio.file.Path;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoServerIT {

	@TempDir
	Path dataDir;

	@Test
	void aDocumentSurvivesAPersistentServerRestart() {
		Path file = this.dataDir.resolve("mongo/local-stack.mv");
		try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(file, 0);
				MongoClient client = MongoClients.create(server.connectionString())) {
			Mono.from(client.getDatabase("courses")
				.getCollection("courses")
				.insertOne(new Document("_id", "c-1").append("title", "Citizens' assemblies"))).block();
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(file, 0);
				MongoClient client = MongoClients.create(server.connectionString())) {
			assertThat(Flux.from(client.getDatabase("courses").getCollection("courses").find()).collectList().block())
				.extracting((document) -> document.getString("title"))
				.containsExactly("Citizens' assemblies");
		}
	}

	@Test
	void anInMemoryServerStartsEmpty() {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
				MongoClient client = MongoClients.create(server.connectionString())) {
			assertThat(server.connectionString()).matches("mongodb://127\\.0\\.0\\.1:\\d+");
			assertThat(Flux.from(client.listDatabaseNames()).collectList().block()).doesNotContain("courses");
		}
	}

}
