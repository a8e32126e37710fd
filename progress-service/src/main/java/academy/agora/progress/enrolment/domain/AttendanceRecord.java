package academy.agora.progress.enrolment.domain;

import java.util.Objects;

/**
 * A coordinator's record that a learner completed a course by attending its live
 * sessions, as members of a blended cohort do, rather than online.
 *
 * @param recordedBy the subject of the coordinator or admin who recorded it
 * @param reason what they wrote, such as "attended all four workshops": 1 to
 * {@value #MAX_REASON_LENGTH} characters, without surrounding white space
 */
public record AttendanceRecord(String recordedBy, String reason) {

	/** Long enough to name the sessions attended, short enough for a certificate log. */
	public static final int MAX_REASON_LENGTH = 500;

	public AttendanceRecord {
		Objects.requireNonNull(recordedBy, "recordedBy");
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * A record of what a coordinator wrote, trimmed.
	 * @param recordedBy the coordinator's subject
	 * @param reason the reason as typed
	 * @return the record
	 * @throws InvalidAttendanceException if the reason is missing, blank or longer than
	 * {@value #MAX_REASON_LENGTH} characters once trimmed
	 */
	public static AttendanceRecord of(String recordedBy, String reason) {
		String trimmed = (reason != null) ? reason.strip() : "";
		if (trimmed.isEmpty()) {
			throw new InvalidAttendanceException("must not be blank");
		}
		if (trimmed.length() > MAX_REASON_LENGTH) {
			throw new InvalidAttendanceException("must be at most " + MAX_REASON_LENGTH + " characters");
		}
		return new AttendanceRecord(recordedBy, trimmed);
	}

}
