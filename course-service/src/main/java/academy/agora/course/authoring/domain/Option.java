package academy.agora.course.authoring.domain;

/**
 * An answer option. Whether it is correct and its feedback are answer keys: only authors
 * and the grading service see them.
 *
 * @param id unique within its question
 * @param text the option by language
 * @param correct whether choosing it is part of the right answer
 * @param feedback what a learner who chose it is told, by language
 */
public record Option(String id, LocalizedText text, boolean correct, LocalizedText feedback) {

	public Option {
		text = (text != null) ? text : LocalizedText.empty();
		feedback = (feedback != null) ? feedback : LocalizedText.empty();
	}

}
