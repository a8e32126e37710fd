package academy.agora.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Prints a scenario's figures and keeps them in {@code target/fault-figures/}.
 */
final class Figures {

	private Figures() {
	}

	static void record(String scenario, Audit.Figures figures) {
		String text = figures.print(scenario + " (size " + FaultSize.current().name() + ", " + Instant.now() + ")");
		System.out.println(text);
		try {
			Path dir = Files.createDirectories(Path.of("target", "fault-figures"));
			Files.writeString(dir.resolve(scenario.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
