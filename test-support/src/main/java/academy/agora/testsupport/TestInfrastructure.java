package academy.agora.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Kafka broker and MongoDB server every integration test in the JVM shares. The first
 * {@link #get()} starts them: as Testcontainers when a Docker engine answers, otherwise
 * in-process. Setting the system property {@value #SELECTOR} (or the environment variable
 * {@code AGORA_INFRASTRUCTURE}) to {@code embedded} or {@code containers} forces one.
 * Everything stops when the JVM exits.
 * <p>
 * Both kinds offer the same guarantees on purpose: the container MongoDB is a standalone
 * server, not a replica set, because the in-process one has neither transactions nor
 * change streams, and a test must not pass on one kind and fail on the other.
 * <p>
 * Typical use: <pre class="code">
 * &#064;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     TestInfrastructure.get().registerProperties(registry, "progress");
 * }
 * </pre>
 */
public final class TestInfrastructure {

	/** The system property that forces a kind. */
	public static final String SELECTOR = "agora.infrastructure";

	/** The Kafka image; kept on the 4.x line the in-process broker runs. */
	static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

	/** The MongoDB image; the 8.0 line production runs. */
	static final String MONGO_IMAGE = "mongo:8.0.13";

	/** Spring Boot 4's name; Boot 3's {@code spring.data.mongodb.uri} is gone. */
	static final String MONGODB_URI_PROPERTY = "spring.mongodb.uri";

	static final String KAFKA_BOOTSTRAP_SERVERS_PROPERTY = "spring.kafka.bootstrap-servers";

	/**
	 * How long the shutdown hook lets the applications under test close their Kafka
	 * clients before it stops the broker; see {@link KafkaClientsInThisJvm}.
	 */
	private static final Duration CLIENTS_CLOSE_TIMEOUT = Duration.ofSeconds(10);

	private static TestInfrastructure instance;

	private static RuntimeException startFailure;

	private final Kind kind;

	private final String kafkaBootstrapServers;

	private final String mongoConnectionString;

	private TestInfrastructure(Kind kind, String kafkaBootstrapServers, String mongoConnectionString) {
		this.kind = kind;
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.mongoConnectionString = mongoConnectionString;
	}

	/**
	 * The shared infrastructure, started on first use.
	 * @return the running infrastructure
	 */
	public static synchronized TestInfrastructure get() {
		if (instance == null && startFailure == null) {
			try {
				instance = start();
			}
			catch (RuntimeException ex) {
				startFailure = ex;
			}
		}
		if (startFailure != null) {
			// Every test after the first that failed gets the original cause, not a
			// bare NullPointerException or class initialisation error.
			throw new IllegalStateException("Test infrastructure did not start in this JVM", startFailure);
		}
		return instance;
	}

	/**
	 * Which kind runs.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The {@code host:port} Kafka clients connect to.
	 * @return the bootstrap servers
	 */
	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	/**
	 * A connection string naming a database. Give each test class or service its own
	 * database: the server is shared by every test in the JVM.
	 * @param database the database name
	 * @return the connection string, e.g. {@code mongodb://127.0.0.1:40123/progress}
	 */
	public String mongoUri(String database) {
		if (database == null || database.isBlank()) {
			throw new IllegalArgumentException("A database name is required");
		}
		return this.mongoConnectionString + "/" + database;
	}

	/**
	 * Point a Spring Boot test's Kafka and MongoDB at this infrastructure.
	 * @param registry the registry of a {@code @DynamicPropertySource} method
	 * @param database the MongoDB database the application under test uses
	 */
	public void registerProperties(DynamicPropertyRegistry registry, String database) {
		String mongoUri = mongoUri(database);
		registry.add(KAFKA_BOOTSTRAP_SERVERS_PROPERTY, this::kafkaBootstrapServers);
		registry.add(MONGODB_URI_PROPERTY, () -> mongoUri);
	}

	@Override
	public String toString() {
		return this.kind.name().toLowerCase(Locale.ROOT) + " (Kafka " + this.kafkaBootstrapServers + ", MongoDB "
				+ this.mongoConnectionString + ")";
	}

	private static TestInfrastructure start() {
		long started = System.nanoTime();
		Choice choice = Choice.of(setting(), () -> DockerClientFactory.instance().isDockerAvailable());
		Deque<AutoCloseable> resources = new ArrayDeque<>();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (resources.isEmpty()) {
				return;
			}
			if (!KafkaClientsInThisJvm.awaitAllClosed(CLIENTS_CLOSE_TIMEOUT)) {
				System.err.println("[agora] Stopping test infrastructure although " + KafkaClientsInThisJvm.count()
						+ " Kafka client(s) are still open");
			}
			closeAll(resources);
		}, "agora-test-infrastructure-stop"));
		TestInfrastructure infrastructure;
		try {
			infrastructure = (choice.kind() == Kind.CONTAINERS) ? startContainers(resources) : startEmbedded(resources);
		}
		catch (RuntimeException ex) {
			closeAll(resources);
			throw new IllegalStateException("Test infrastructure (" + choice + ") did not start", ex);
		}
		// Deliberately on stdout and not through a logger that a configuration could
		// silence: which infrastructure a test run used must always be visible.
		System.out.println("[agora] Test infrastructure: " + infrastructure + ", because " + choice.reason()
				+ "; started in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		return infrastructure;
	}

	private static String setting() {
		String value = System.getProperty(SELECTOR);
		return (value != null) ? value : System.getenv("AGORA_INFRASTRUCTURE");
	}

	private static TestInfrastructure startContainers(Deque<AutoCloseable> resources) {
		KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_NUM_PARTITIONS", "3");
		MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
		resources.push(kafka::stop);
		resources.push(mongo::stop);
		Startables.deepStart(kafka, mongo).join();
		return new TestInfrastructure(Kind.CONTAINERS, kafka.getBootstrapServers(), mongo.getConnectionString());
	}

	private static TestInfrastructure startEmbedded(Deque<AutoCloseable> resources) {
		Path kafkaDir = createTempDirectory();
		resources.push(() -> deleteRecursively(kafkaDir));
		EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(kafkaDir, 0);
		resources.push(kafka);
		EmbeddedMongoServer mongo = EmbeddedMongoServer.inMemory(0);
		resources.push(mongo);
		return new TestInfrastructure(Kind.EMBEDDED, kafka.bootstrapServers(), mongo.connectionString());
	}

	private static Path createTempDirectory() {
		try {
			return Files.createTempDirectory("agora-kafka-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeAll(Deque<AutoCloseable> resources) {
		synchronized (resources) {
			while (!resources.isEmpty()) {
				try {
					resources.pop().close();
				}
				catch (Exception ex) {
					System.err.println("[agora] Stopping test infrastructure: " + ex);
				}
			}
		}
	}

	static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

	/**
	 * The kinds of infrastructure.
	 */
	public enum Kind {

		/** Kafka and MongoDB inside this JVM. */
		EMBEDDED,

		/** Kafka and MongoDB in Docker containers, through Testcontainers. */
		CONTAINERS

	}

	/**
	 * Which kind to run and why, from the setting and, without one, from whether Docker
	 * answers. Docker is only asked when needed: asking takes a while and logs an error
	 * when there is no engine.
	 */
	record Choice(Kind kind, String reason) {

		static Choice of(String setting, BooleanSupplier dockerAvailable) {
			if (setting != null && !setting.isBlank()) {
				String value = setting.trim().toLowerCase(Locale.ROOT);
				for (Kind kind : Kind.values()) {
					if (kind.name().toLowerCase(Locale.ROOT).equals(value)) {
						return new Choice(kind, SELECTOR + "=" + value);
					}
				}
				throw new IllegalArgumentException(
						SELECTOR + " must be 'embedded' or 'containers', not '" + setting + "'");
			}
			return dockerAvailable.getAsBoolean() ? new Choice(Kind.CONTAINERS, "a Docker engine is available")
					: new Choice(Kind.EMBEDDED, "no Docker engine is available");
		}

	}

}
