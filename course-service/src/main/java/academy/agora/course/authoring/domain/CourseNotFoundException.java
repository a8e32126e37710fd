package academy.agora.course.authoring.domain;

/**
 * No course with this id exists for this author. Someone else's course is reported the
 * same way, so ids cannot be probed.
 */
public class CourseNotFoundException extends RuntimeException {

	public CourseNotFoundException(String id) {
		super("No course " + id);
	}

}
