package academy.agora.web.learning;

/**
 * A lesson or quiz on the path through a course, as pages link to it. Public, like
 * everything templates call methods on, because SpEL only invokes public methods of
 * public types.
 *
 * @param id its id
 * @param title its title
 * @param quiz whether it is a quiz
 * @param moduleId its module
 */
public record LearningStep(String id, String title, boolean quiz, String moduleId) {

	public String path(String courseId) {
		return "/courses/" + courseId + (this.quiz ? "/quizzes/" : "/lessons/") + this.id;
	}

}
