package academy.agora.web.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The kinds of error page; each has a title and a text in the message bundles under
 * {@code error.<key>.title} and {@code error.<key>.text}.
 */
public enum ErrorKind {

	NOT_FOUND("notFound"), FORBIDDEN("forbidden"), REFUSED("refused"), UNAVAILABLE("unavailable"), GENERAL("general");

	private final String key;

	ErrorKind(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	/**
	 * The error page, for a controller that wants to answer with one itself.
	 * @param status the response status
	 * @param kind what went wrong
	 * @return the page, to which model attributes may be added
	 */
	public static Rendering.Builder<?> rendering(HttpStatus status, ErrorKind kind) {
		return Rendering.view("error").status(status).modelAttribute("kind", kind.key());
	}

}
