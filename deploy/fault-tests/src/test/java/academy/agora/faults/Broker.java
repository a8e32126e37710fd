package academy.agora.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The Kafka broker in a JVM of its own, on a fixed port and log directory, so that it can
 * be killed with {@code SIGKILL} and come back where the clients expect it, with what it
 * had written to its log.
 */
final class Broker {

	private final Path dataDir;

	private final int port;

	private volatile JavaProcess process;

	Broker(Path dataDir, int port) {
		this.dataDir = dataDir;
		this.port = port;
	}

	String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	/**
	 * Starts the broker and waits until it answers a client.
	 * @return how long that took
	 */
	Duration start() {
		long started = System.nanoTime();
		this.process = JavaProcess.start("kafka", ChildMain.class.getName(),
				List.of("-Xmx768m", "-XX:+UseSerialGC", "-Xss512k"), List.of(BrokerMain.class.getName(),
						this.dataDir.toAbsolutePath().toString(), String.valueOf(this.port)),
				Map.of());
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The broker died while starting; see " + this.process);
			}
			if (answers()) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			Service.sleep(200);
		}
		throw new IllegalStateException("The broker did not answer within two minutes; see " + this.process);
	}

	boolean answers() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000))) {
			admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** SIGKILL, without warning. */
	void kill() {
		this.process.kill();
	}

	void stop() {
		if (this.process != null) {
			this.process.stop();
		}
	}

}
