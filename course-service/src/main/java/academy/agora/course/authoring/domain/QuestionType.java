package academy.agora.course.authoring.domain;

/**
 * How many options a right answer has.
 */
public enum QuestionType {

	/** Exactly one option is correct. */
	SINGLE,

	/** One or more options are correct; the answer must choose exactly those. */
	MULTIPLE

}
