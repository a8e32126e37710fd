package academy.agora.certificate.issuing.domain;

/**
 * What staff list.
 *
 * @param status only certificates in this status, or {@code null} for any
 * @param courseId only of this course, or {@code null}
 * @param cohortId only of this cohort, or {@code null}
 * @param limit at most this many
 */
public record CertificateFilter(CertificateStatus status, String courseId, String cohortId, int limit) {

	/** The most a page holds. */
	public static final int MAX_LIMIT = 500;

	/** The most a bulk job works on at once. */
	public static final int MAX_ITEMS = 10_000;

	public CertificateFilter {
		if (limit < 1 || limit > MAX_ITEMS) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_ITEMS);
		}
	}

}
