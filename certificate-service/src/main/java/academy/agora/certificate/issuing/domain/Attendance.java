package academy.agora.certificate.issuing.domain;

/**
 * A completion a coordinator recorded for a learner who attended live sessions instead of
 * completing the lessons online.
 *
 * @param recordedBy the coordinator's subject
 * @param reason what they gave as the reason
 */
public record Attendance(String recordedBy, String reason) {
}
