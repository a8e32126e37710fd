package academy.agora.progress.enrolment.web;

import jakarta.validation.constraints.NotNull;

/**
 * A learner's request to follow a newer version of their course.
 *
 * @param version the published version to move to
 */
record VersionMoveRequest(@NotNull Integer version) {
}
