package academy.agora.web.learning;

import java.util.List;
import java.util.Map;

import academy.agora.web.relay.ProgressApi.Attempt;

/**
 * A graded attempt with the answers given, kept in the session until the quiz page shows
 * the feedback next to the options the learner ticked.
 *
 * @param attempt the graded attempt
 * @param answers the option ids ticked per question
 */
public record SubmittedAttempt(Attempt attempt, Map<String, List<String>> answers) {

	public boolean ticked(String questionId, String optionId) {
		return this.answers.getOrDefault(questionId, List.of()).contains(optionId);
	}

}
