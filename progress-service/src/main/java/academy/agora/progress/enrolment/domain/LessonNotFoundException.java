package academy.agora.progress.enrolment.domain;

/**
 * The course version an enrolment follows has no such lesson.
 */
public class LessonNotFoundException extends RuntimeException {

	public LessonNotFoundException(String courseId, int courseVersion, String lessonId) {
		super("Version " + courseVersion + " of course " + courseId + " has no lesson " + lessonId);
	}

}
