package academy.agora.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.agora.testsupport.EmbeddedMongoServer;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;

/**
 * Everything the fault scenarios drive, started once per test JVM and shared by the
 * scenarios (each works on courses and learners of its own): the Kafka broker in a JVM of
 * its own, the MongoDB-wire server in this JVM behind a {@link TcpProxy}, a token issuer,
 * and each service instance in a JVM of its own, talking to each other over loopback
 * only.
 */
final class Cluster {

	static final String COURSE = "course-service";

	static final String PROGRESS_A = "progress-service-a";

	static final String PROGRESS_B = "progress-service-b";

	static final String CERTIFICATE = "certificate-service";

	private static Cluster instance;

	final FaultSize size = FaultSize.current();

	final Broker broker;

	final EmbeddedMongoServer mongoServer;

	final TcpProxy mongoProxy;

	final TestIssuer issuer;

	final MongoClient mongo;

	final Map<String, Service> services = new LinkedHashMap<>();

	private Cluster() {
		Path data = Path.of("target", "fault-data", "run-" + System.currentTimeMillis());
		try {
			Files.createDirectories(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.mongoServer = EmbeddedMongoServer.inMemory(0);
		this.mongoProxy = new TcpProxy(Integer.parseInt(this.mongoServer.connectionString().replaceAll(".*:", "")));
		this.mongo = MongoClients.create(this.mongoServer.connectionString());
		this.issuer = new TestIssuer();
		this.broker = new Broker(data.resolve("kafka"), freePort());
		log("Broker started in " + this.broker.start().toMillis() + " ms at " + this.broker.bootstrapServers());
		this.services.put(COURSE, service(COURSE, "academy.agora.course.CourseServiceApplication", "course"));
		this.services.put(PROGRESS_A,
				service(PROGRESS_A, "academy.agora.progress.ProgressServiceApplication", "progress"));
		this.services.put(PROGRESS_B,
				service(PROGRESS_B, "academy.agora.progress.ProgressServiceApplication", "progress"));
		this.services.put(CERTIFICATE,
				service(CERTIFICATE, "academy.agora.certificate.CertificateServiceApplication", "certificate"));
		long started = System.nanoTime();
		List.of(COURSE, PROGRESS_A, CERTIFICATE).forEach((name) -> this.services.get(name).launch());
		List.of(COURSE, PROGRESS_A, CERTIFICATE)
			.forEach((name) -> this.services.get(name).awaitReady(Duration.ofMinutes(3)));
		log("Services ready in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
	}

	static synchronized Cluster get() {
		if (instance == null) {
			Cluster cluster = new Cluster();
			Runtime.getRuntime().addShutdownHook(new Thread(cluster::shutDown, "fault-cluster-stop"));
			instance = cluster;
		}
		return instance;
	}

	Service service(String instance) {
		return this.services.get(instance);
	}

	MongoDatabase database(String name) {
		return this.mongo.getDatabase(name);
	}

	/** The progress-service instances that run now, for a client spreading its calls. */
	List<String> progressUrls() {
		List<String> urls = new ArrayList<>();
		for (String name : List.of(PROGRESS_A, PROGRESS_B)) {
			Service service = this.services.get(name);
			if (service.isRunning()) {
				urls.add(service.url());
			}
		}
		return urls;
	}

	/** Every progress-service URL, running or not: a load balancer's list. */
	List<String> allProgressUrls() {
		return List.of(service(PROGRESS_A).url(), service(PROGRESS_B).url());
	}

	private Service service(String instance, String mainClass, String database) {
		int port = freePort();
		List<String> args = new ArrayList<>(
				List.of("--spring.kafka.bootstrap-servers=" + this.broker.bootstrapServers(),
						"--spring.mongodb.uri=mongodb://127.0.0.1:" + this.mongoProxy.port() + "/" + database,
						"--spring.mongodb.database=" + database,
						"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + this.issuer.issuer(),
						"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + this.issuer.jwkSetUri(),
						"--logging.level.org.apache.kafka=WARN",
						// A member killed outright is noticed after the session timeout;
						// 45 s by
						// default. A shorter one makes the rebalance after a kill come
						// sooner; it
						// changes no guarantee.
						"--spring.kafka.consumer.properties.session.timeout.ms=10000",
						"--spring.kafka.consumer.properties.heartbeat.interval.ms=2000"));
		if (CERTIFICATE.equals(instance)) {
			args.add("--agora.certificates.public-base-url=http://localhost:" + port);
		}
		return new Service(instance, mainClass, port, args);
	}

	private void shutDown() {
		this.services.values().forEach(Service::kill);
		this.broker.stop();
		this.mongo.close();
		this.mongoProxy.close();
		this.mongoServer.close();
		this.issuer.close();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void log(String message) {
		System.out.println("[faults] " + message);
	}

}
