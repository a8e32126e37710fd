package academy.agora.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Turns the in-process broker's logging down to WARN. A broker logs hundreds of INFO
 * lines (its whole configuration, three times, and every partition it creates) which
 * would bury the output of the tests and services sharing the JVM.
 */
final class QuietKafkaLogging {

	/**
	 * Loggers only the broker and controller use. {@code org.apache.kafka.clients} is not
	 * among them: the services' producers and consumers log there.
	 */
	static final List<String> BROKER_LOGGERS = List.of("kafka", "state.change.logger", "org.apache.kafka.server",
			"org.apache.kafka.controller", "org.apache.kafka.raft", "org.apache.kafka.metadata",
			"org.apache.kafka.image", "org.apache.kafka.snapshot", "org.apache.kafka.queue", "org.apache.kafka.storage",
			"org.apache.kafka.coordinator", "org.apache.kafka.network", "org.apache.kafka.security");

	/**
	 * Loggers the clients share with the broker: every configuration is printed in full
	 * to the first, and the broker prints its own three times while starting. These are
	 * quiet only while the broker starts or stops, so the services' clients still log.
	 */
	private static final List<String> SHARED_LOGGERS = List.of("org.apache.kafka.common.config.AbstractConfig",
			"org.apache.kafka.common.utils.AppInfoParser", "org.apache.kafka.common.metrics");

	private QuietKafkaLogging() {
	}

	static <T> T whileStartingOrStopping(Supplier<T> action) {
		LoggingSystem loggingSystem = LoggingSystem.get(QuietKafkaLogging.class.getClassLoader());
		quietBrokerLoggers(loggingSystem);
		Map<String, LogLevel> configured = new HashMap<>();
		for (String logger : SHARED_LOGGERS) {
			LoggerConfiguration config = loggingSystem.getLoggerConfiguration(logger);
			configured.put(logger, (config != null) ? config.getConfiguredLevel() : null);
			loggingSystem.setLogLevel(logger, LogLevel.WARN);
		}
		try {
			return action.get();
		}
		finally {
			configured.forEach(loggingSystem::setLogLevel);
		}
	}

	private static void quietBrokerLoggers(LoggingSystem loggingSystem) {
		for (String logger : BROKER_LOGGERS) {
			// A Spring Boot application that initialises logging after the broker started
			// resets levels set here, but it applies logging.level.* from system
			// properties, so the level survives that too. A level the user already set
			// as a system property wins.
			String property = "logging.level." + logger;
			if (System.getProperty(property) == null) {
				System.setProperty(property, LogLevel.WARN.name());
			}
			try {
				loggingSystem.setLogLevel(logger,
						LogLevel.valueOf(System.getProperty(property).trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				// Not a level name: leave the level to whoever set the property.
			}
		}
	}

}
