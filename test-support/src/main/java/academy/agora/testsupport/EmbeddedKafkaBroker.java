package academy.agora.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real Apache Kafka broker running inside this JVM: one KRaft node that is broker and
 * controller at once, listening on the loopback interface only.
 * <p>
 * The data directory is formatted on first use and reused afterwards, so records, topics
 * and committed consumer offsets survive a restart on the same directory. The quorum is
 * static (a fixed voter set rather than KIP-853's dynamic one) because a dynamic quorum
 * records the controller's address in the log, and the controller port is chosen afresh
 * on every start.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private static final int NODE_ID = 1;

	private static final String BROKER_LISTENER = "PLAINTEXT";

	private static final String CONTROLLER_LISTENER = "CONTROLLER";

	private static final String HOST = "127.0.0.1";

	private static final int START_ATTEMPTS = 3;

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Start a broker on the given directory, formatting it if it holds no Kafka storage
	 * yet. Returns once the broker accepts clients.
	 * @param dataDir where the logs and metadata live; created if missing
	 * @param port the client port, or 0 for a free one
	 * @return the running broker
	 */
	public static EmbeddedKafkaBroker start(Path dataDir, int port) {
		return QuietKafkaLogging.whileStartingOrStopping(() -> startQuietly(dataDir, port));
	}

	private static EmbeddedKafkaBroker startQuietly(Path dataDir, int port) {
		Path logDir = prepare(dataDir);
		RuntimeException lastFailure = null;
		// Only a port that was free when chosen and taken before Kafka bound it is worth
		// another try; a port the caller insists on stays taken.
		int attempts = (port != 0) ? 1 : START_ATTEMPTS;
		for (int attempt = 1; attempt <= attempts; attempt++) {
			int brokerPort = (port != 0) ? port : FreePorts.find();
			int controllerPort = FreePorts.find();
			KafkaConfig config = new KafkaConfig(properties(logDir, brokerPort, controllerPort), false);
			formatIfNeeded(config, logDir);
			KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
			try {
				server.startup();
				return new EmbeddedKafkaBroker(server, HOST + ":" + brokerPort);
			}
			catch (RuntimeException ex) {
				stop(server);
				lastFailure = ex;
				if (!causedByBindFailure(ex)) {
					break;
				}
			}
		}
		throw new IllegalStateException(
				"Kafka did not start on " + logDir + (causedByBindFailure(lastFailure) ? " (a port is in use)" : ""),
				lastFailure);
	}

	/**
	 * The {@code host:port} clients connect to.
	 * @return the bootstrap servers
	 */
	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/**
	 * Shut the broker down cleanly, so that the next start on the same directory needs no
	 * log recovery. Calling it again does nothing.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			QuietKafkaLogging.whileStartingOrStopping(() -> {
				stop(this.server);
				return null;
			});
		}
	}

	@Override
	public String toString() {
		return "EmbeddedKafkaBroker[" + this.bootstrapServers + "]";
	}

	private static Path prepare(Path dataDir) {
		try {
			return Files.createDirectories(dataDir).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the Kafka data directory " + dataDir, ex);
		}
	}

	static Map<String, String> properties(Path logDir, int brokerPort, int controllerPort) {
		Map<String, String> properties = new HashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", String.valueOf(NODE_ID));
		properties.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
		properties.put("controller.listener.names", CONTROLLER_LISTENER);
		properties.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + "," + CONTROLLER_LISTENER
				+ "://" + HOST + ":" + controllerPort);
		properties.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
		properties.put("inter.broker.listener.name", BROKER_LISTENER);
		properties.put("listener.security.protocol.map",
				BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
		properties.put("log.dirs", logDir.toString());
		properties.put("metadata.log.dir", logDir.toString());
		// One node: every internal topic must make do with a single replica.
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		properties.put("default.replication.factor", "1");
		properties.put("min.insync.replicas", "1");
		// The defaults (50 partitions each) cost seconds when a consumer group or a
		// transactional producer first appears, and a laptop gains nothing from them.
		properties.put("offsets.topic.num.partitions", "5");
		properties.put("transaction.state.log.num.partitions", "5");
		properties.put("share.coordinator.state.topic.num.partitions", "5");
		properties.put("num.partitions", "3");
		properties.put("auto.create.topics.enable", "true");
		properties.put("group.initial.rebalance.delay.ms", "0");
		// The log cleaner reserves 128 MiB of heap by default for compacting
		// __consumer_offsets; a small buffer compacts the few offsets a test writes.
		properties.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
		// Fail rather than hang when the broker cannot catch up with its controller.
		properties.put("server.max.startup.time.ms", String.valueOf(Duration.ofMinutes(1).toMillis()));
		properties.put("num.network.threads", "2");
		properties.put("num.io.threads", "2");
		properties.put("background.threads", "2");
		return properties;
	}

	private static void formatIfNeeded(KafkaConfig config, Path logDir) {
		if (Files.exists(logDir.resolve("meta.properties"))) {
			return;
		}
		try {
			new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.setNodeId(config.nodeId())
				.setClusterId(Uuid.randomUuid().toString())
				.setControllerListenerName(CONTROLLER_LISTENER)
				.setMetadataLogDirectory(logDir.toString())
				.addDirectory(logDir.toString())
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot format Kafka storage in " + logDir, ex);
		}
	}

	private static void stop(KafkaRaftServer server) {
		server.shutdown();
		server.awaitShutdown();
	}

	private static boolean causedByBindFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return true;
			}
		}
		return false;
	}

}
