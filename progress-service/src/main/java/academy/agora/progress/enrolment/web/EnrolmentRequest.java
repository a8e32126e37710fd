package academy.agora.progress.enrolment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A learner's request to enrol.
 *
 * @param courseId the course; the learner follows its latest published version
 */
record EnrolmentRequest(@NotBlank @Size(max = 200) String courseId) {
}
