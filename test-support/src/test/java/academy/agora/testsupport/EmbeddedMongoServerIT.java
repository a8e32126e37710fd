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

	/**
	 * The server runs in a JVM of its own that writes, says so, and is killed with
	 * SIGKILL: every write it acknowledged must be in the file. Before each command was
	 * committed, H2 kept up to a second of acknowledged writes in memory only.
	 */
	@Test
	void everyAcknowledgedWriteSurvivesTheServerProcessBeingKilled() throws Exception {
		Path file = this.dataDir.resolve("mongo/killed.mv");
		Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Writer.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		try (java.io.BufferedReader output = new java.io.BufferedReader(
				new java.io.InputStreamReader(writer.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals(Writer.DONE)) {
				// the server's log
			}
			assertThat(line).as("the writer finished").isEqualTo(Writer.DONE);
			writer.destroyForcibly().waitFor();
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(file, 0);
				MongoClient client = MongoClients.create(server.connectionString())) {
			assertThat(Mono.from(client.getDatabase("progress").getCollection("enrolments").countDocuments()).block())
				.isEqualTo(Writer.DOCUMENTS);
		}
	}

	/** Writes documents to a persistent server, prints DONE and waits to be killed. */
	static final class Writer {

		static final String DONE = "DONE";

		static final long DOCUMENTS = 200;

		public static void main(String[] args) throws InterruptedException {
			EmbeddedMongoServer server = EmbeddedMongoServer.persistent(Path.of(args[0]), 0);
			MongoClient client = MongoClients.create(server.connectionString());
			for (int i = 0; i < DOCUMENTS; i++) {
				Mono.from(client.getDatabase("progress").getCollection("enrolments").insertOne(new Document("_id", i)))
					.block();
			}
			System.out.println(DONE);
			Thread.sleep(60_000);
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
