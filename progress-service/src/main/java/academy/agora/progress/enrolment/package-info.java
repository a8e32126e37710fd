/**
 * Learners enrol in the latest published version of a course and complete its lessons.
 * Completing the last lesson completes the course once, which is what the certificate
 * service listens for. An enrolment follows the version it was made in, even after the
 * course is published again.
 */
package academy.agora.progress.enrolment;
