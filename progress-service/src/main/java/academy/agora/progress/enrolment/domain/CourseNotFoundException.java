package academy.agora.progress.enrolment.domain;

/**
 * The course is not published, or its publication has not reached this service yet.
 */
public class CourseNotFoundException extends RuntimeException {

	public CourseNotFoundException(String courseId) {
		super("No published course " + courseId
				+ " is known here yet. If it was published just now, try again in a moment.");
	}

	public CourseNotFoundException(String courseId, int version) {
		super("No published version " + version + " of course " + courseId + " is known here.");
	}

}
