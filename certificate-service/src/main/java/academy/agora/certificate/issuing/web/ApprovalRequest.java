package academy.agora.certificate.issuing.web;

import java.util.List;

import academy.agora.certificate.issuing.domain.CertificateFilter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What to approve in bulk: the certificates named, or every pending one in scope of a
 * cohort or course (or of all, if neither is given).
 *
 * @param certificateIds the certificates; empty or absent to select by cohort and course
 * @param cohortId only this cohort's pending certificates
 * @param courseId only this course's pending certificates
 */
record ApprovalRequest(@Size(max = CertificateFilter.MAX_ITEMS) List<@NotBlank @Size(max = 100) String> certificateIds,
		@Size(max = 100) String cohortId, @Size(max = 100) String courseId) {
}
