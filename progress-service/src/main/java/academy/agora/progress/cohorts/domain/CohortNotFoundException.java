package academy.agora.progress.cohorts.domain;

/**
 * No such cohort exists for you. A cohort outside a coordinator's scope is reported the
 * same way, so ids cannot be probed.
 */
public class CohortNotFoundException extends RuntimeException {

	private CohortNotFoundException(String message) {
		super(message);
	}

	public static CohortNotFoundException withId(String id) {
		return new CohortNotFoundException("No cohort " + id);
	}

	public static CohortNotFoundException withCode() {
		return new CohortNotFoundException("No cohort has this join code. Check it with your coordinator.");
	}

}
