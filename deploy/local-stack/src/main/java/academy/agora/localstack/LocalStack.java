package academy.agora.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import academy.agora.certificate.CertificateServiceApplication;
import academy.agora.course.CourseServiceApplication;
import academy.agora.identity.IdentityProviderApplication;
import academy.agora.progress.ProgressServiceApplication;
import academy.agora.testsupport.EmbeddedKafkaBroker;
import academy.agora.testsupport.EmbeddedMongoServer;
import academy.agora.web.WebApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * The whole of Agora Academy in one process: a real Kafka broker (KRaft), a MongoDB-wire
 * server that keeps its data in H2, the identity provider, the three services and the web
 * application, each in a Spring context of its own so that they share nothing but the
 * broker, the database server and the issuer, as they would in production.
 * {@code KAFKA_BOOTSTRAP_SERVERS}, {@code MONGODB_URI} and {@code OAUTH2_ISSUER_URI}
 * point the services at external ones instead, and the embedded part is then not started.
 */
public final class LocalStack implements AutoCloseable {

	/** The services and the database each one owns. */
	static final Map<String, Service> SERVICES = new LinkedHashMap<>();

	static {
		// The sample courses are loaded on first start; loading them again changes
		// nothing.
		SERVICES.put("course-service",
				new Service(CourseServiceApplication::application, "course", "--agora.samples.enabled=true"));
		SERVICES.put("progress-service", new Service(ProgressServiceApplication::application, "progress"));
		SERVICES.put("certificate-service", new Service(CertificateServiceApplication::application, "certificate"));
	}

	/**
	 * Kafka clients log every connection at INFO; on a laptop that buries what matters.
	 */
	private static final String QUIET_KAFKA_CLIENTS = "--logging.level.org.apache.kafka=WARN";

	/**
	 * All contexts share one logging system, which would label every line with the name
	 * of whichever context configured it last; the thread names tell the services apart.
	 */
	private static final String ONE_LOG_FOR_ALL = "--logging.include-application-name=false";

	/**
	 * The web application's Thymeleaf is on every context's classpath here; the others
	 * have no templates and need not warn about it.
	 */
	private static final String NO_TEMPLATES = "--spring.thymeleaf.check-template-location=false";

	private final Settings settings;

	private final List<AutoCloseable> infrastructure = new ArrayList<>();

	private final Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();

	/** The web application's name among the running parts. */
	public static final String WEB = "web";

	/** Each service's port, kept so that a service restarted listens where it did. */
	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private String kafka;

	private String mongo;

	private String issuer;

	/**
	 * Chosen before anything starts: the identity provider must accept its redirect URI,
	 * and certificates print links to its verification page.
	 */
	private String webUrl;

	private ConfigurableApplicationContext identityProvider;

	private LocalStack(Settings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws InterruptedException {
		Settings settings = Settings.fromEnvironment(System.getenv());
		CountDownLatch stopped = new CountDownLatch(1);
		LocalStack stack = start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("\nStopping Agora Academy...");
			stack.close();
			stopped.countDown();
		}, "local-stack-shutdown"));
		System.out.println(stack.banner());
		stopped.await();
	}

	/**
	 * Starts everything and waits until each part answers.
	 * @param settings ports, data directory and external endpoints
	 * @return the running stack
	 */
	public static LocalStack start(Settings settings) {
		LocalStack stack = new LocalStack(settings);
		try {
			stack.startInfrastructure();
			SERVICES.keySet().forEach(stack::startService);
			stack.startWeb();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startInfrastructure() {
		Path data = this.settings.dataDir();
		this.kafka = this.settings.externalKafka();
		if (this.kafka == null) {
			EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), this.settings.kafkaPort());
			this.infrastructure.add(broker);
			this.kafka = broker.bootstrapServers();
		}
		this.mongo = this.settings.externalMongo();
		if (this.mongo == null) {
			EmbeddedMongoServer server = EmbeddedMongoServer.persistent(data.resolve("mongo.mv"),
					this.settings.mongoPort());
			this.infrastructure.add(server);
			this.mongo = server.connectionString();
		}
		int webPort = (this.settings.webPort() != 0) ? this.settings.webPort() : FreePort.find();
		this.ports.put(WEB, webPort);
		this.webUrl = "http://localhost:" + webPort;
		this.issuer = this.settings.externalIssuer();
		if (this.issuer == null) {
			int port = (this.settings.identityProviderPort() != 0) ? this.settings.identityProviderPort()
					: FreePort.find();
			this.issuer = "http://localhost:" + port;
			this.identityProvider = IdentityProviderApplication.application()
				.run("--server.port=" + port, "--spring.security.oauth2.authorizationserver.issuer=" + this.issuer,
						"--agora.identity.data-dir=" + data.resolve("identity-provider"),
						"--agora.identity.web-base-url=" + this.webUrl, ONE_LOG_FOR_ALL, NO_TEMPLATES);
		}
	}

	/**
	 * Starts one service, for example again after {@link #stopService(String)}.
	 * @param name the service name, such as {@code progress-service}
	 */
	public void startService(String name) {
		Service service = SERVICES.get(name);
		int port = this.ports.computeIfAbsent(name, (key) -> {
			int configured = this.settings.servicePorts().getOrDefault(key, 0);
			return (configured != 0) ? configured : freePort();
		});
		List<String> args = new ArrayList<>(
				List.of("--server.port=" + port, "--spring.kafka.bootstrap-servers=" + this.kafka,
						"--spring.mongodb.uri=" + this.mongo, "--spring.mongodb.database=" + service.database(),
						"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + this.issuer, QUIET_KAFKA_CLIENTS,
						ONE_LOG_FOR_ALL, NO_TEMPLATES));
		args.addAll(service.arguments());
		// Certificates print and sign links to this service, so they must name the port
		// it
		// really listens on, unless the public reaches it at an address of its own.
		if ("certificate-service".equals(name) && System.getenv("AGORA_CERTIFICATES_PUBLIC_BASE_URL") == null) {
			args.add("--agora.certificates.public-base-url=http://localhost:" + port);
		}
		// What a QR code on a certificate opens: the web application's verification page.
		if ("certificate-service".equals(name) && System.getenv("AGORA_CERTIFICATES_VERIFICATION_BASE_URL") == null) {
			args.add("--agora.certificates.verification-base-url=" + this.webUrl);
		}
		this.running.put(name,
				service.application()
					.get()
					.initializers(LocalStack::ownNettyResources)
					.run(args.toArray(String[]::new)));
	}

	/**
	 * Starts the web application, pointed at the issuer and the running services.
	 */
	private void startWeb() {
		List<String> args = List.of("--server.port=" + this.ports.get(WEB), "--agora.web.base-url=" + this.webUrl,
				"--agora.web.identity.issuer=" + this.issuer, "--agora.web.services.course=" + url("course-service"),
				"--agora.web.services.progress=" + url("progress-service"),
				"--agora.web.services.certificate=" + url("certificate-service"), ONE_LOG_FOR_ALL);
		this.running.put(WEB,
				WebApplication.application()
					.initializers(LocalStack::ownNettyResources)
					.run(args.toArray(String[]::new)));
	}

	/**
	 * Stops one service as if its process ended; the others keep running.
	 * @param name the service name
	 */
	public void stopService(String name) {
		ConfigurableApplicationContext context = this.running.remove(name);
		if (context != null) {
			context.close();
		}
	}

	public String issuer() {
		return this.issuer;
	}

	public String kafkaBootstrapServers() {
		return this.kafka;
	}

	public String mongoUri() {
		return this.mongo;
	}

	/**
	 * Gives each service its own Reactor Netty event loops. By default all servers and
	 * clients in a JVM share global ones, and a context that stops disposes of them: one
	 * service stopped would take the others' servers down with it.
	 */
	private static void ownNettyResources(ConfigurableApplicationContext context) {
		((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, () -> {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			return resources;
		});
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The base URL of a running service.
	 * @param name the service name
	 * @return such as {@code http://localhost:8081}
	 */
	public String url(String name) {
		WebServerApplicationContext context = (WebServerApplicationContext) this.running.get(name);
		return "http://localhost:" + context.getWebServer().getPort();
	}

	String banner() {
		StringBuilder banner = new StringBuilder("\nAgora Academy is running.\n\n");
		// What people open comes first.
		banner.append(String.format("  %-22s %s%n", "web application", url(WEB)));
		banner.append(String.format("  %-22s %s%n", "identity provider", this.issuer));
		this.running.keySet()
			.stream()
			.filter((name) -> !WEB.equals(name))
			.forEach((name) -> banner.append(String.format("  %-22s %s%n", name, url(name))));
		banner.append(String.format("  %-22s %s%n", "kafka", this.kafka));
		banner.append(String.format("  %-22s %s%n", "mongodb", this.mongo));
		banner.append(String.format("  %-22s %s%n%n", "data", this.settings.dataDir().toAbsolutePath()));
		banner.append("  Demo logins (password 'demo', for local use only):\n");
		banner.append("    ana     learner      Ohrid\n");
		banner.append("    marko   learner      Kragujevac\n");
		banner.append("    elira   author       Tirana\n");
		banner.append("    ivana   coordinator  Zagreb\n");
		banner.append("    admin   admin\n\n");
		banner.append("  Open " + url(WEB) + " and sign in as ana to take a course.\n");
		banner.append("  A token for curl:  TOKEN=$(deploy/get-token.sh ana)\n");
		banner.append("  Press Ctrl-C to stop.\n");
		return banner.toString();
	}

	@Override
	public void close() {
		List<String> services = new ArrayList<>(this.running.keySet());
		Collections.reverse(services);
		services.forEach(this::stopService);
		if (this.identityProvider != null) {
			this.identityProvider.close();
		}
		Collections.reverse(this.infrastructure);
		this.infrastructure.forEach((part) -> {
			try {
				part.close();
			}
			catch (Exception ex) {
				System.err.println("Could not stop " + part + ": " + ex);
			}
		});
	}

	record Service(Supplier<SpringApplicationBuilder> application, String database, List<String> arguments) {

		Service(Supplier<SpringApplicationBuilder> application, String database, String... arguments) {
			this(application, database, List.of(arguments));
		}

	}

}
