package academy.agora.course.authoring.web;

import academy.agora.course.authoring.domain.Course;

/**
 * A course's ETag is its quoted revision. Edits name the revision they are based on in
 * {@code If-Match}, so two authors cannot silently overwrite each other.
 */
final class IfMatch {

	private IfMatch() {
	}

	static String etag(Course course) {
		return "\"" + course.revision() + "\"";
	}

	/**
	 * The revision an edit that must say what it is based on expects.
	 * @param header the {@code If-Match} header
	 * @return the revision, or {@code null} for {@code *}
	 * @throws PreconditionRequiredException if the header is missing
	 */
	static Long required(String header) {
		if (header == null || header.isBlank()) {
			throw new PreconditionRequiredException();
		}
		return optional(header);
	}

	/**
	 * The revision an action may name.
	 * @param header the {@code If-Match} header, or {@code null}
	 * @return the revision, or {@code null} for none or {@code *}
	 */
	static Long optional(String header) {
		if (header == null || header.isBlank() || "*".equals(header.strip())) {
			return null;
		}
		String tag = header.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			// Not an ETag we ever gave out: it cannot match, which is a failed
			// precondition.
			return -1L;
		}
	}

	/**
	 * An edit without {@code If-Match}: answered 428 so the author reloads first.
	 */
	static class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException() {
			super("Send the ETag of the course you edited in If-Match, so that nobody's changes are overwritten");
		}

	}

}
