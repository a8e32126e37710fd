package academy.agora.progress.reports.domain;

/**
 * How far learners of one course version got through one of its modules.
 *
 * @param moduleId the module
 * @param title its title in the reader's language, or the version's default language
 * @param started how many learners did at least one of its items: completed a lesson or
 * passed a quiz
 * @param completed how many did every item that counts, as their progress counts it: the
 * module's required lessons and quizzes, or all of them if none is required
 */
public record ModuleRow(String moduleId, String title, long started, long completed) {
}
