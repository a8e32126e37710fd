package academy.agora.progress.cohorts.domain;

/**
 * Another cohort has the join code already; a new code is drawn.
 */
public class DuplicateJoinCodeException extends RuntimeException {

	public DuplicateJoinCodeException(String code) {
		super("Join code " + code + " is taken");
	}

}
