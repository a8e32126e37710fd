package academy.agora.course.authoring.domain;

/**
 * A link a lesson recommends for further reading.
 *
 * @param title what the link is, by language
 * @param url an https address
 */
public record Resource(LocalizedText title, String url) {

	public Resource {
		title = (title != null) ? title : LocalizedText.empty();
	}

}
