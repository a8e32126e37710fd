package academy.agora.progress.enrolment.domain;

/**
 * An enrolment moves only forward, to a version newer than the one it follows.
 */
public class VersionNotNewerException extends RuntimeException {

	private final int currentVersion;

	public VersionNotNewerException(String enrolmentId, int currentVersion, int requestedVersion) {
		super("Enrolment " + enrolmentId + " follows version " + currentVersion
				+ " and can only move to a newer one, not " + requestedVersion);
		this.currentVersion = currentVersion;
	}

	/**
	 * The version the enrolment follows.
	 * @return its number
	 */
	public int currentVersion() {
		return this.currentVersion;
	}

}
