package academy.agora.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A TCP proxy on the loopback interface between the services and the MongoDB-wire server,
 * which a test switches between faults:
 * <ul>
 * <li>{@link Mode#PASS}: bytes flow.</li>
 * <li>{@link Mode#STALL}: connections stay open and new ones are accepted, but no byte
 * moves in either direction until the mode changes (a hung database or a network that
 * silently drops packets); what was held back is delivered afterwards.</li>
 * <li>{@link Mode#DELAY}: every byte from the client reaches the server one second late
 * (latency), in order.</li>
 * <li>{@link Mode#CUT}: every open connection is reset and new ones are accepted and
 * closed at once (the database is gone).</li>
 * </ul>
 */
final class TcpProxy implements AutoCloseable {

	enum Mode {

		PASS, STALL, DELAY, CUT

	}

	static final long DELAY_MILLIS = 1_000;

	private final ServerSocket server;

	private final InetSocketAddress upstream;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final Object modeChanged = new Object();

	private volatile Mode mode = Mode.PASS;

	private volatile boolean closed;

	TcpProxy(int upstreamPort) {
		this.upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort);
		try {
			this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	Mode mode() {
		return this.mode;
	}

	void mode(Mode next) {
		synchronized (this.modeChanged) {
			this.mode = next;
			this.modeChanged.notifyAll();
		}
		if (next == Mode.CUT) {
			this.open.forEach(TcpProxy::reset);
		}
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				if (this.mode == Mode.CUT) {
					reset(client);
					continue;
				}
				Socket server = new Socket();
				try {
					server.connect(this.upstream, 5_000);
				}
				catch (IOException ex) {
					reset(client);
					server.close();
					continue;
				}
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				this.open.add(client);
				this.open.add(server);
				pump(client, server, true);
				pump(server, client, false);
			}
			catch (IOException ex) {
				if (!this.closed) {
					System.err.println("[tcp-proxy] accept failed: " + ex);
				}
			}
		}
	}

	/**
	 * One thread reads, another writes, with a queue between them, so that a delay holds
	 * each chunk for its own second rather than adding up.
	 */
	private void pump(Socket from, Socket to, boolean delayed) {
		BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					queue.put(new Chunk(System.currentTimeMillis(), Arrays.copyOf(buffer, read)));
				}
			}
			catch (IOException | InterruptedException ex) {
				// closed or reset
			}
			finally {
				queue.add(Chunk.END);
			}
		}, "tcp-proxy-read");
		Thread writer = new Thread(() -> {
			try (OutputStream out = to.getOutputStream()) {
				while (true) {
					Chunk chunk = queue.take();
					if (chunk == Chunk.END) {
						break;
					}
					awaitFlow(chunk, delayed);
					out.write(chunk.bytes());
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// closed or reset
			}
			finally {
				close(from);
				close(to);
			}
		}, "tcp-proxy-write");
		reader.setDaemon(true);
		writer.setDaemon(true);
		reader.start();
		writer.start();
	}

	private void awaitFlow(Chunk chunk, boolean delayed) throws InterruptedException, SocketException {
		while (true) {
			Mode current = this.mode;
			if (current == Mode.CUT) {
				throw new SocketException("cut");
			}
			if (current == Mode.STALL) {
				synchronized (this.modeChanged) {
					if (this.mode == Mode.STALL) {
						this.modeChanged.wait(1_000);
					}
				}
				continue;
			}
			if (current == Mode.DELAY && delayed) {
				long wait = chunk.arrived() + DELAY_MILLIS - System.currentTimeMillis();
				if (wait > 0) {
					synchronized (this.modeChanged) {
						this.modeChanged.wait(wait);
					}
					continue;
				}
			}
			return;
		}
	}

	private void close(Socket socket) {
		this.open.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// gone already
		}
	}

	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ex) {
			// gone already
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		this.open.forEach(TcpProxy::reset);
	}

	private record Chunk(long arrived, byte[] bytes) {

		static final Chunk END = new Chunk(0, new byte[0]);

	}

}
