package academy.agora.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.netty.channel.Channel;

/**
 * A MongoDB wire-protocol server inside this JVM (mongo-java-server), listening on the
 * loopback interface. It speaks enough of MongoDB for Spring Data: CRUD, queries,
 * aggregations and unique indexes, but no multi-document transactions, so code under test
 * must not depend on them.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

	private static final String HOST = "127.0.0.1";

	/**
	 * The version the server claims to be. The default (3.6, wire version 6) is older
	 * than the MongoDB Java driver 5.x accepts (wire version 8, MongoDB 4.2, at least);
	 * 5.0 is the newest mongo-java-server offers.
	 */
	private static final ServerVersion VERSION = ServerVersion.MONGO_5_0;

	private final MongoServer server;

	private final MongoBackend backend;

	private final String connectionString;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedMongoServer(MongoBackend backend, int port) {
		this.backend = backend.version(VERSION);
		this.server = new MongoServer(this.backend);
		try {
			if (port != 0) {
				this.server.bind(HOST, port);
			}
			else {
				this.server.bind(new InetSocketAddress(HOST, 0));
			}
		}
		catch (RuntimeException ex) {
			this.server.shutdownNow();
			throw ex;
		}
		this.connectionString = "mongodb://" + HOST + ":" + this.server.getLocalAddress().getPort();
	}

	/**
	 * Start a server that keeps everything in memory: what tests want.
	 * @param port the port, or 0 for a free one
	 * @return the running server
	 */
	public static EmbeddedMongoServer inMemory(int port) {
		return new EmbeddedMongoServer(new AtomicMemoryBackend(), port);
	}

	/**
	 * Start a server that keeps its data in an H2 MVStore file, so that it survives a
	 * restart: what the local stack wants.
	 * @param file the store file; created, with its directory, if missing
	 * @param port the port, or 0 for a free one
	 * @return the running server
	 */
	public static EmbeddedMongoServer persistent(Path file, int port) {
		Path absolute = file.toAbsolutePath();
		try {
			Files.createDirectories(absolute.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory of " + absolute, ex);
		}
		return new EmbeddedMongoServer(new AtomicH2Backend(absolute.toString()), port);
	}

	/**
	 * The connection string without a database, e.g. {@code mongodb://127.0.0.1:27017}.
	 * @return the connection string
	 */
	public String connectionString() {
		return this.connectionString;
	}

	/**
	 * Stop listening and, for a persistent server, flush and close the store file.
	 * Calling it again does nothing.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			// MongoServer.shutdown() closes the backend, which commits an H2 store.
			this.server.shutdown();
		}
	}

	@Override
	public String toString() {
		return "EmbeddedMongoServer[" + this.connectionString + "]";
	}

	/*
	 * mongo-java-server finds the documents an update matches and then changes them, with
	 * no lock in between, so two conditional updates of one document
	 * ("where revision = 3") can both succeed. MongoDB applies every single-document
	 * write atomically, and our optimistic concurrency and exactly-once rules depend on
	 * that; running one command at a time restores the guarantee.
	 */

	private static final class AtomicMemoryBackend extends MemoryBackend {

		@Override
		public synchronized Document handleCommand(Channel channel, String database, String command, Document query) {
			return super.handleCommand(channel, database, command, query);
		}

	}

	/*
	 * H2's MVStore writes changes to its file on its own, about once a second. A process
	 * that dies in between (a crash, SIGKILL, the OOM killer) loses every write of that
	 * second although each was acknowledged to its client: enrolments, certificates, the
	 * outbox entries announcing them. Committing before the answer goes out makes an
	 * acknowledged write survive the process; it is in the operating system's file cache
	 * then, so only a crash of the machine itself could still lose it.
	 */

	private static final class AtomicH2Backend extends H2Backend {

		AtomicH2Backend(String file) {
			super(file);
		}

		@Override
		public synchronized Document handleCommand(Channel channel, String database, String command, Document query) {
			try {
				return super.handleCommand(channel, database, command, query);
			}
			finally {
				if (getMvStore().hasUnsavedChanges()) {
					commit();
				}
			}
		}

	}

}
