package academy.agora.progress.enrolment.domain;

/**
 * The course was retired: it takes no new enrolments. Learners enrolled before carry on.
 */
public class CourseRetiredException extends RuntimeException {

	public CourseRetiredException(String courseId) {
		super("Course " + courseId + " has been retired and takes no new enrolments");
	}

}
