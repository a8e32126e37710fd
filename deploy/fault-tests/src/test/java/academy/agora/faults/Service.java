package academy.agora.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of a service, run as a JVM of its own from the services' own main classes,
 * so that it can be killed outright and started again on the same port.
 */
final class Service {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String instance;

	private final String mainClass;

	private final int port;

	private final List<String> arguments;

	private volatile JavaProcess process;

	private int starts;

	Service(String instance, String mainClass, int port, List<String> arguments) {
		this.instance = instance;
		this.mainClass = mainClass;
		this.port = port;
		this.arguments = List.copyOf(arguments);
	}

	String instance() {
		return this.instance;
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	int port() {
		return this.port;
	}

	boolean isRunning() {
		JavaProcess current = this.process;
		return current != null && current.isAlive();
	}

	/** Starts the JVM and returns without waiting for it to be ready. */
	synchronized void launch(String... extraArguments) {
		if (isRunning()) {
			throw new IllegalStateException(this.instance + " is running already");
		}
		List<String> args = new ArrayList<>();
		args.add(this.mainClass);
		args.add("--server.port=" + this.port);
		args.addAll(this.arguments);
		args.addAll(List.of(extraArguments));
		this.starts++;
		this.process = JavaProcess.start(this.instance, ChildMain.class.getName(), List.of("-Xmx512m",
				"-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1", "-Dspring.main.banner-mode=off"), args,
				Map.of());
	}

	/**
	 * Starts the JVM and waits until the service answers ready.
	 * @param extraArguments arguments for this start only
	 * @return how long it took
	 */
	Duration start(String... extraArguments) {
		long started = System.nanoTime();
		launch(extraArguments);
		awaitReady(Duration.ofMinutes(3));
		return Duration.ofNanos(System.nanoTime() - started);
	}

	void awaitReady(Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			JavaProcess current = this.process;
			if (current == null || !current.isAlive()) {
				throw new IllegalStateException(this.instance + " died while starting; see " + current);
			}
			if (ready()) {
				return;
			}
			sleep(250);
		}
		throw new IllegalStateException(this.instance + " was not ready within " + patience + "; see " + this.process);
	}

	boolean ready() {
		try {
			HttpResponse<Void> response = HTTP
				.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** SIGKILL. */
	void kill() {
		JavaProcess current = this.process;
		if (current != null) {
			current.kill();
		}
	}

	/** SIGTERM, waiting for the graceful shutdown. */
	void stop() {
		JavaProcess current = this.process;
		if (current != null) {
			current.stop();
		}
	}

	int starts() {
		return this.starts;
	}

	@Override
	public String toString() {
		return this.instance + " " + url() + " " + this.process;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
