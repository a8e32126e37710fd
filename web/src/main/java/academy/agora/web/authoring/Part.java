package academy.agora.web.authoring;

/**
 * The editing page a field is on.
 */
public enum Part {

	/** The course's own page: its modules, completion rules and publication. */
	COURSE(""),
	/** Titles, summary, outcomes, topics, hours. */
	DETAILS("/details"), MODULE("/modules/"), LESSON("/lessons/"), QUIZ("/quizzes/");

	private final String path;

	Part(String path) {
		this.path = path;
	}

	/**
	 * The page's path.
	 * @param courseId the course
	 * @param partId the module, lesson or quiz, or {@code null}
	 * @return such as {@code /authoring/<course>/lessons/<lesson>}
	 */
	public String path(String courseId, String partId) {
		String base = "/authoring/" + courseId + this.path;
		return (this == MODULE || this == LESSON || this == QUIZ) ? base + partId : base;
	}

}
