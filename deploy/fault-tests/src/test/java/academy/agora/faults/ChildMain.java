package academy.agora.faults;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Starts a child JVM's real main class and ends the JVM at once when the test that
 * started it is gone (its standard input closes), so that no broker or service outlives a
 * crashed or interrupted test run.
 */
public final class ChildMain {

	private ChildMain() {
	}

	public static void main(String[] args) throws Exception {
		Thread watchdog = new Thread(() -> {
			try {
				while (System.in.read() >= 0) {
					// nothing is ever sent; EOF means the parent is gone
				}
			}
			catch (IOException ex) {
				// the same
			}
			Runtime.getRuntime().halt(143);
		}, "parent-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		Method main = Class.forName(args[0]).getMethod("main", String[].class);
		main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
	}

}
