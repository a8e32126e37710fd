/**
 * Learners enrol in the latest published version of a course, on their own or by joining
 * a cohort, complete its lessons and attempt its quizzes, which are graded here against
 * the version's answer keys. Meeting the version's completion rules (required lessons
 * completed, required quizzes passed) completes the course once, which is what the
 * certificate service listens for. An enrolment follows the version it was made in, even
 * after the course is published again: it keeps a snapshot of that version's structure
 * and rules. A learner sees their own enrolments; staff see those in their
 * {@link academy.agora.progress.enrolment.domain.Scope}.
 */
package academy.agora.progress.enrolment;
