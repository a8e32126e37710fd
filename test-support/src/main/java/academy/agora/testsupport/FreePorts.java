package academy.agora.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Asks the operating system for a port nobody listens on. Kafka needs the port before it
 * binds (the quorum voters and the advertised listener name it), so the server cannot
 * simply bind to port 0; the window between closing this socket and Kafka binding is
 * small, and a lost race is retried by the caller.
 */
final class FreePorts {

	private FreePorts() {
	}

	static int find() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on the loopback interface", ex);
		}
	}

}
