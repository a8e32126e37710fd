package academy.agora.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The identity provider started the way the launcher starts it, on a known port. The port
 * is chosen before the start because the issuer, which every token names, must contain
 * it.
 */
final class RunningIdentityProvider implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final int port;

	private RunningIdentityProvider(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.port = port;
	}

	static RunningIdentityProvider start(Path dataDir) {
		return start(dataDir, freePort());
	}

	static RunningIdentityProvider start(Path dataDir, int port, String... arguments) {
		Objects.requireNonNull(dataDir, "dataDir");
		List<String> all = new ArrayList<>(
				List.of("--server.port=" + port, "--spring.security.oauth2.authorizationserver.issuer=" + issuer(port),
						"--agora.identity.data-dir=" + dataDir));
		all.addAll(List.of(arguments));
		ConfigurableApplicationContext context = IdentityProviderApplication.application()
			.run(all.toArray(String[]::new));
		return new RunningIdentityProvider(context, port);
	}

	int port() {
		return this.port;
	}

	String issuer() {
		return issuer(this.port);
	}

	String jwksUri() {
		return issuer() + "/oauth2/jwks";
	}

	@Override
	public void close() {
		this.context.close();
	}

	private static String issuer(int port) {
		return "http://localhost:" + port;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
