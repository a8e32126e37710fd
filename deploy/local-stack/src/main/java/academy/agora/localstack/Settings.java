package academy.agora.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its data, which ports it listens on, and which parts are
 * provided from outside.
 *
 * @param dataDir everything the stack stores, under one directory
 * @param kafkaPort the embedded broker's port
 * @param mongoPort the embedded MongoDB-wire server's port
 * @param identityProviderPort the identity provider's port
 * @param webPort the web application's port
 * @param servicePorts each service's HTTP port
 * @param externalKafka bootstrap servers of a broker to use instead of the embedded one
 * @param externalMongo URI of a MongoDB server to use instead of the embedded one
 * @param externalIssuer an OAuth2 issuer to use instead of the bundled identity provider
 */
public record Settings(Path dataDir, int kafkaPort, int mongoPort, int identityProviderPort, int webPort,
		Map<String, Integer> servicePorts, String externalKafka, String externalMongo, String externalIssuer) {

	public static Settings fromEnvironment(Map<String, String> env) {
		return new Settings(Path.of(env.getOrDefault("AGORA_DATA_DIR", ".data")), port(env, "KAFKA_PORT", 9092),
				port(env, "MONGODB_PORT", 27017), port(env, "IDP_PORT", 9000), port(env, "WEB_PORT", 8080),
				Map.of("course-service", port(env, "COURSE_SERVICE_PORT", 8081), "progress-service",
						port(env, "PROGRESS_SERVICE_PORT", 8082), "certificate-service",
						port(env, "CERTIFICATE_SERVICE_PORT", 8083)),
				blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")), blankToNull(env.get("MONGODB_URI")),
				blankToNull(env.get("OAUTH2_ISSUER_URI")));
	}

	/**
	 * Everything embedded, on free ports, so tests can run beside a running stack.
	 * @param dataDir a fresh directory
	 * @return the settings
	 */
	public static Settings isolated(Path dataDir) {
		return new Settings(dataDir, 0, 0, 0, 0, Map.of(), null, null, null);
	}

	private static int port(Map<String, String> env, String name, int fallback) {
		String value = env.get(name);
		return (value == null || value.isBlank()) ? fallback : Integer.parseInt(value.strip());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
