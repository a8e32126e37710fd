package academy.agora.web.coordination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * What a service's problem answer says, for pages that explain a refusal themselves: the
 * tail of its {@code type} (such as {@code cohort-closed}) and the fields it names.
 *
 * @param slug the problem's kind, or {@code unknown}
 * @param fields the fields at fault, each with the service's message
 */
record ServiceProblem(String slug, Map<String, String> fields) {

	static ServiceProblem of(WebClientResponseException ex) {
		try {
			JsonNode body = JsonMapper.shared().readTree(ex.getResponseBodyAsString());
			String type = body.path("type").asString("");
			String slug = type.isEmpty() ? "unknown" : type.substring(type.lastIndexOf('/') + 1);
			Map<String, String> fields = new LinkedHashMap<>();
			for (JsonNode error : body.path("errors")) {
				fields.putIfAbsent(error.path("field").asString(""), error.path("message").asString(""));
			}
			return new ServiceProblem(slug, fields);
		}
		catch (RuntimeException notJson) {
			return new ServiceProblem("unknown", Map.of());
		}
	}

	boolean names(String field) {
		return this.fields.containsKey(field);
	}

	boolean namesAny(List<String> fields) {
		return fields.stream().anyMatch(this::names);
	}

}
