package academy.agora.course.authoring.domain;

import java.time.Instant;

/**
 * A published version: frozen content that never changes once published.
 *
 * @param number 1 for the first publication, one more for each after it
 * @param publishedAt when it was published
 * @param content what was published
 */
public record CourseVersion(int number, Instant publishedAt, CourseContent content) {
}
