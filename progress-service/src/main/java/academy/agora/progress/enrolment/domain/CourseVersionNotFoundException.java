package academy.agora.progress.enrolment.domain;

/**
 * No such published version of the course is known here.
 */
public class CourseVersionNotFoundException extends RuntimeException {

	public CourseVersionNotFoundException(String courseId, int version) {
		super("Course " + courseId + " has no published version " + version);
	}

}
