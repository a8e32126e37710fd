package academy.agora.web.authoring;

import java.util.List;

/**
 * Something wrong with one field, placed on the page and at the form field it concerns.
 * course-service names fields by their path in the draft
 * ({@code modules[0].lessons[1].content}); {@link PublishProblems} turns that into the
 * page ({@link #part()}, {@link #partId()}) and the id of the form field
 * ({@link #fieldId()}), which is also the anchor the error summary links to.
 *
 * @param part the page the field is on
 * @param partId the module, lesson or quiz on that page, or {@code null}
 * @param partTitle that part's title, to name it in a summary on another page
 * @param fieldId the form field's id
 * @param labelKey the message key of the field's label
 * @param labelArgs numbers in the label (question 2, option 1), counted from 1
 * @param messageKey the message key of what is wrong, or {@code null} if the service's
 * English message is shown as it came
 * @param language the language the field is in, {0} of the message
 * @param message the service's message, in English
 */
public record FieldProblem(Part part, String partId, String partTitle, String fieldId, String labelKey,
		List<Integer> labelArgs, String messageKey, String language, String message) {

	public FieldProblem {
		labelArgs = (labelArgs != null) ? List.copyOf(labelArgs) : List.of();
	}

	/**
	 * Where the field is, for a link in an error summary.
	 * @param courseId the course
	 * @param translation the translation language shown beside the default one, or
	 * {@code null}
	 * @return the page's path with the field as its fragment
	 */
	public String href(String courseId, String translation) {
		String path = this.part.path(courseId, this.partId);
		return path + ((translation != null) ? "?tr=" + translation : "") + "#" + this.fieldId;
	}

	public Object[] labelArguments() {
		return this.labelArgs.toArray();
	}

	public boolean on(Part part, String partId) {
		return this.part == part && (partId == null || partId.equals(this.partId));
	}

}
