package academy.agora.web.authoring;

import java.util.List;

/**
 * The problems a page shows: all of them in the summary at its top, each also at its
 * field.
 *
 * @param all every problem, in the order course-service reported them
 */
public record FieldProblems(List<FieldProblem> all) {

	public static final FieldProblems NONE = new FieldProblems(List.of());

	public FieldProblems {
		all = List.copyOf(all);
	}

	public boolean any() {
		return !this.all.isEmpty();
	}

	public int count() {
		return this.all.size();
	}

	/**
	 * The problems of one form field.
	 * @param fieldId the field's id
	 * @return its problems, often none
	 */
	public List<FieldProblem> at(String fieldId) {
		return this.all.stream().filter((problem) -> problem.fieldId().equals(fieldId)).toList();
	}

	public boolean has(String fieldId) {
		return this.all.stream().anyMatch((problem) -> problem.fieldId().equals(fieldId));
	}

	/**
	 * The problems of any field whose id starts so, such as every field of a question.
	 * @param prefix the start of the ids
	 * @return whether there are any
	 */
	public boolean within(String prefix) {
		return this.all.stream().anyMatch((problem) -> problem.fieldId().startsWith(prefix));
	}

	/**
	 * The problems on one page.
	 * @param part the page
	 * @param partId its module, lesson or quiz, or {@code null}
	 * @return those problems
	 */
	public FieldProblems on(Part part, String partId) {
		return new FieldProblems(this.all.stream().filter((problem) -> problem.on(part, partId)).toList());
	}

	/**
	 * Whether a lesson's or quiz's page has problems, for a mark in a list.
	 * @param part {@code LESSON}, {@code QUIZ} or {@code MODULE}
	 * @param partId the lesson, quiz or module
	 * @return whether it has any
	 */
	public boolean about(String part, String partId) {
		return this.all.stream()
			.anyMatch((problem) -> problem.part().name().equals(part) && problem.on(problem.part(), partId));
	}

	/**
	 * The problems that are not on one page, after it was saved and its own problems may
	 * have been put right.
	 * @param part the page
	 * @param partId its module, lesson or quiz, or {@code null}
	 * @return the others
	 */
	public FieldProblems without(Part part, String partId) {
		return new FieldProblems(this.all.stream().filter((problem) -> !problem.on(part, partId)).toList());
	}

	public FieldProblems plus(List<FieldProblem> more) {
		List<FieldProblem> problems = new java.util.ArrayList<>(this.all);
		problems.addAll(more);
		return new FieldProblems(problems);
	}

}
