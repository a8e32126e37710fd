package academy.agora.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A child JVM on this test's classpath. {@link #kill()} is {@code SIGKILL}: the process
 * gets no chance to flush, commit offsets, close connections or run shutdown hooks, as
 * when a machine loses power or the kernel's OOM killer strikes.
 */
final class JavaProcess {

	static final Path LOGS = Path.of("target", "fault-logs", "run-" + System.currentTimeMillis());

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final String name;

	private final Process process;

	private final Path log;

	private JavaProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static JavaProcess start(String name, String mainClass, List<String> jvmOptions, List<String> arguments,
			Map<String, String> environment) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.addAll(jvmOptions);
		command.add(mainClass);
		command.addAll(arguments);
		try {
			Files.createDirectories(LOGS);
			Path log = LOGS.resolve(String.format("%03d-%s.log", SEQUENCE.incrementAndGet(), name));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.directory(new File("."));
			builder.environment().putAll(environment);
			return new JavaProcess(name, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name, ex);
		}
	}

	String name() {
		return this.name;
	}

	long pid() {
		return this.process.pid();
	}

	Path log() {
		return this.log;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** SIGKILL, and wait until the process is gone. */
	void kill() {
		this.process.destroyForcibly();
		waitFor();
	}

	/** SIGTERM: a graceful stop, as an orchestrator asks for one. */
	void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void waitFor() {
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return this.name + " (pid " + pid() + ", log " + this.log + ")";
	}

}
