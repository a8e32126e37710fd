package academy.agora.web.learning;

import java.util.List;

import academy.agora.web.relay.CourseApi.CourseOutline;
import academy.agora.web.relay.ProgressApi;
import academy.agora.web.relay.ProgressApi.Enrolment;

/**
 * One course on "My learning": the enrolment's progress, and the course's outline for
 * module and quiz titles.
 *
 * @param enrolment the enrolment
 * @param outline the course's outline; {@code null} if it could not be read, and the page
 * then shows module ids
 */
public record CourseProgress(Enrolment enrolment, CourseOutline outline) {

	/**
	 * The course title in the reader's language where the course has it; the enrolment
	 * keeps the title in the language of the day the learner enrolled.
	 * @return the title
	 */
	public String title() {
		return (this.outline != null) ? this.outline.title() : this.enrolment.courseTitle();
	}

	public String language() {
		return (this.outline != null) ? this.outline.language() : this.enrolment.language();
	}

	public String moduleTitle(String moduleId) {
		return (this.outline != null) ? this.outline.moduleTitle(moduleId) : moduleId;
	}

	public String quizTitle(String quizId) {
		return (this.outline != null) ? this.outline.quizTitle(quizId) : quizId;
	}

	public List<ProgressApi.ModuleProgress> modules() {
		return this.enrolment.modules();
	}

}
