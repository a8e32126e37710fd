package academy.agora.progress.enrolment.domain;

import java.time.Instant;

/**
 * A lesson of the enrolled course version and whether the learner completed it.
 *
 * @param lessonId the lesson
 * @param title its title in the enrolled version's default language
 * @param moduleId the module it belongs to, {@code null} for a version without modules
 * @param completedAt when it was first completed, {@code null} while it is not
 */
public record LessonProgress(String lessonId, String title, String moduleId, Instant completedAt) {

	public boolean completed() {
		return this.completedAt != null;
	}

	LessonProgress complete(Instant now) {
		return new LessonProgress(this.lessonId, this.title, this.moduleId, now);
	}

}
