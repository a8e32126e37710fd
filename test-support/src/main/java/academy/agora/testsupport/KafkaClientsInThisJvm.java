package academy.agora.testsupport;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Knows whether Kafka clients are still open in this JVM, from the {@code app-info} MBean
 * each one registers until it is closed.
 * <p>
 * The infrastructure stops in a shutdown hook, and the JVM runs every hook at once: the
 * one closing the Spring contexts under test too. A consumer that closes after its broker
 * is gone waits out its whole close timeout (30 seconds) trying to leave its group, so
 * the broker waits for the clients first.
 */
final class KafkaClientsInThisJvm {

	private static final List<String> CLIENT_DOMAINS = List.of("kafka.consumer", "kafka.producer",
			"kafka.admin.client");

	private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

	private KafkaClientsInThisJvm() {
	}

	static int count() {
		MBeanServer server = ManagementFactory.getPlatformMBeanServer();
		int count = 0;
		for (String domain : CLIENT_DOMAINS) {
			count += server.queryNames(pattern(domain), null).size();
		}
		return count;
	}

	/**
	 * Wait until every client is closed, but no longer than the timeout: a client a test
	 * forgot to close would otherwise hold the JVM forever.
	 * @param timeout the longest wait
	 * @return whether all clients were closed
	 */
	static boolean awaitAllClosed(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (count() > 0) {
			if (System.nanoTime() - deadline >= 0) {
				return false;
			}
			// A shutdown hook: nothing to be notified by, so poll.
			LockSupport.parkNanos(POLL_INTERVAL.toNanos());
		}
		return true;
	}

	private static ObjectName pattern(String domain) {
		try {
			return new ObjectName(domain + ":type=app-info,*");
		}
		catch (MalformedObjectNameException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
