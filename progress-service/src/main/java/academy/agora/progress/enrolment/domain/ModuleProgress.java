package academy.agora.progress.enrolment.domain;

/**
 * How far a learner is through one module.
 *
 * @param moduleId the module
 * @param items the items that count: its required lessons and quizzes, or, for a module
 * with nothing required, all of its lessons and quizzes
 * @param completedItems how many of those are done: lessons completed, quizzes passed
 * @param percentComplete {@code completedItems} of {@code items} in whole percent,
 * rounded down
 */
public record ModuleProgress(String moduleId, int items, int completedItems, int percentComplete) {

	static ModuleProgress of(String moduleId, int items, int completedItems) {
		return new ModuleProgress(moduleId, items, completedItems, Enrolment.percent(completedItems, items));
	}

}
