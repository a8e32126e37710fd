package academy.agora.progress.cohorts.domain;

/**
 * A coordinator planned a cohort for a municipality other than their own.
 */
public class MunicipalityOutOfScopeException extends RuntimeException {

	public MunicipalityOutOfScopeException(String requested, String own) {
		super((own != null) ? "You coordinate " + own + " and can only run cohorts there, not in " + requested + "."
				: "Your account names no municipality, so you can only run cohorts without one, not in " + requested
						+ ".");
	}

}
