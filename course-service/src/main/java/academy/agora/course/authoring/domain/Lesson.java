package academy.agora.course.authoring.domain;

/**
 * A lesson. Its id stays the same across versions so progress can refer to it.
 *
 * @param id a short slug, unique within the course
 * @param title the lesson title
 * @param body the lesson text (Markdown)
 */
public record Lesson(String id, String title, String body) {
}
