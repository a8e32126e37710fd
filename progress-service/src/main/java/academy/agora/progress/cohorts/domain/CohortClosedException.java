package academy.agora.progress.cohorts.domain;

import java.time.LocalDate;

/**
 * The cohort's end date has passed: it takes no new members. Its members carry on.
 */
public class CohortClosedException extends RuntimeException {

	private final LocalDate endedOn;

	public CohortClosedException(String name, LocalDate endedOn) {
		super("Cohort " + name + " ended on " + endedOn + " and takes no new members");
		this.endedOn = endedOn;
	}

	public LocalDate endedOn() {
		return this.endedOn;
	}

}
