package academy.agora.progress.enrolment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A learner's answers to a quiz. The size limits are far above any real quiz; they only
 * keep an abusive request from costing memory or a huge problem response.
 *
 * @param answers the chosen option ids by question id; a question left out, or mapped to
 * an empty list or {@code null}, is answered wrongly
 */
record AttemptRequest(@NotNull @Size(max = 200) Map<@NotBlank String, @Size(max = 50) List<@NotBlank String>> answers) {

	Map<String, List<String>> answersGiven() {
		Map<String, List<String>> given = new LinkedHashMap<>();
		this.answers
			.forEach((questionId, optionIds) -> given.put(questionId, (optionIds != null) ? optionIds : List.of()));
		return given;
	}

}
