package academy.agora.course.authoring.domain;

/**
 * One broken rule, named by the path of the field that breaks it, such as
 * {@code modules[1].quizzes[0].questions[2]}.
 *
 * @param field the path of the field in the course as the author sends it
 * @param message what is wrong with it
 */
public record Violation(String field, String message) {
}
