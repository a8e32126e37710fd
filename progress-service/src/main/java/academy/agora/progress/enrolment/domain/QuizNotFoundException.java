package academy.agora.progress.enrolment.domain;

/**
 * The course version an enrolment follows has no such quiz.
 */
public class QuizNotFoundException extends RuntimeException {

	public QuizNotFoundException(String courseId, int courseVersion, String quizId) {
		super("Version " + courseVersion + " of course " + courseId + " has no quiz " + quizId);
	}

}
