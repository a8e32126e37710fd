package academy.agora.faults;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import academy.agora.testsupport.EmbeddedKafkaBroker;

/**
 * Runs the real Kafka broker of {@code test-support} (KRaft, one node) in a process of
 * its own, so that a test can kill it with {@code SIGKILL} and start it again on the same
 * log directory and port.
 */
public final class BrokerMain {

	private BrokerMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
		System.out.println("BROKER READY " + broker.bootstrapServers());
		Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
		new CountDownLatch(1).await();
	}

}
