package academy.agora.course.authoring.domain;

/**
 * A version, lesson or quiz that does not exist, or is not published.
 */
public class ContentNotFoundException extends RuntimeException {

	private final String kind;

	public ContentNotFoundException(String kind, String message) {
		super(message);
		this.kind = kind;
	}

	/**
	 * What was not found.
	 * @return {@code version}, {@code lesson} or {@code quiz}
	 */
	public String kind() {
		return this.kind;
	}

}
