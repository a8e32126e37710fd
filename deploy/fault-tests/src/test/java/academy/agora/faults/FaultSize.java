package academy.agora.faults;

import java.time.Duration;
import java.util.Locale;

/**
 * How big the fault scenarios are: {@code reduced} (the default, what CI runs) or
 * {@code full} (the sizes issue #8 asks for), chosen with {@code -Dfaults.size}. Single
 * figures can be overridden with their own property, e.g.
 * {@code -Dfaults.brokerCrash.actions=20000}.
 */
record FaultSize(String name, int brokerCrashActions, int serviceCrashKills, int serviceCrashActions,
		Duration databaseFault, int poisonTotal, int poisonBad, int raceCompletions, int restartActions) {

	static final FaultSize REDUCED = new FaultSize("reduced", 12_000, 2, 2_000, Duration.ofSeconds(8), 1_000, 100,
			1_000, 200);

	static final FaultSize FULL = new FaultSize("full", 100_000, 10, 20_000, Duration.ofMinutes(1), 10_000, 100, 1_000,
			2_000);

	static FaultSize current() {
		String name = System.getProperty("faults.size", "reduced").trim().toLowerCase(Locale.ROOT);
		FaultSize base = switch (name) {
			case "full" -> FULL;
			case "reduced", "" -> REDUCED;
			default -> throw new IllegalArgumentException("faults.size must be reduced or full, not " + name);
		};
		return new FaultSize(base.name, integer("brokerCrash.actions", base.brokerCrashActions),
				integer("serviceCrash.kills", base.serviceCrashKills),
				integer("serviceCrash.actions", base.serviceCrashActions),
				Duration.ofSeconds(integer("database.faultSeconds", (int) base.databaseFault.toSeconds())),
				integer("poison.total", base.poisonTotal), integer("poison.bad", base.poisonBad),
				integer("race.completions", base.raceCompletions), integer("restart.actions", base.restartActions));
	}

	private static int integer(String name, int fallback) {
		String value = System.getProperty("faults." + name);
		return (value == null || value.isBlank()) ? fallback : Integer.parseInt(value.strip());
	}

}
