package academy.agora.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives a JSON Schema (draft 2020-12) from an event record, and tells whether one
 * schema may replace another without breaking a consumer that was written against the old
 * one.
 */
final class JsonSchemas {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonSchemas() {
	}

	static ObjectNode of(EventType type) {
		ObjectNode schema = MAPPER.createObjectNode();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", "https://agora.academy/schemas/" + type.typeName() + ".json");
		schema.put("title", type.recordType().getSimpleName());
		schema.setAll(objectSchema(type.recordType()));
		return schema;
	}

	private static ObjectNode objectSchema(Class<?> record) {
		ObjectNode schema = MAPPER.createObjectNode();
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		ArrayNode required = schema.putArray("required");
		for (RecordComponent component : record.getRecordComponents()) {
			properties.set(component.getName(), schemaOf(component.getGenericType()));
			if (!component.isAnnotationPresent(OptionalField.class)) {
				required.add(component.getName());
			}
		}
		return schema;
	}

	private static ObjectNode schemaOf(Type type) {
		ObjectNode schema = MAPPER.createObjectNode();
		if (type == String.class) {
			schema.put("type", "string");
		}
		else if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
			schema.put("type", "integer");
		}
		else if (type == boolean.class || type == Boolean.class) {
			schema.put("type", "boolean");
		}
		else if (type == Instant.class) {
			schema.put("type", "string").put("format", "date-time");
		}
		else if (type == LocalDate.class) {
			schema.put("type", "string").put("format", "date");
		}
		else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
			schema.put("type", "array").set("items", schemaOf(list.getActualTypeArguments()[0]));
		}
		else if (type instanceof ParameterizedType map && map.getRawType() == Map.class
				&& map.getActualTypeArguments()[0] == String.class) {
			schema.put("type", "object").set("additionalProperties", schemaOf(map.getActualTypeArguments()[1]));
		}
		else if (type instanceof Class<?> nested && nested.isRecord()) {
			schema.setAll(objectSchema(nested));
		}
		else {
			throw new IllegalArgumentException("Events use JDK types and records only, not " + type);
		}
		return schema;
	}

	/**
	 * Lists what a consumer of {@code old} would trip over in {@code proposed}: a
	 * property it reads that is gone or changed type, or a property that became required
	 * (old producers never send it).
	 */
	static List<String> breakingChanges(JsonNode old, JsonNode proposed) {
		List<String> problems = new ArrayList<>();
		compare("", old, proposed, problems);
		return problems;
	}

	private static void compare(String path, JsonNode old, JsonNode proposed, List<String> problems) {
		if (!old.path("type").equals(proposed.path("type")) || !old.path("format").equals(proposed.path("format"))) {
			problems.add(path + " changed type from " + describe(old) + " to " + describe(proposed));
			return;
		}
		if (old.has("items")) {
			compare(path + "[]", old.get("items"), proposed.get("items"), problems);
		}
		if (old.has("additionalProperties")) {
			compare(path + "{}", old.get("additionalProperties"), proposed.get("additionalProperties"), problems);
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = old.path("properties").properties().iterator(); fields
			.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode replacement = proposed.path("properties").get(field.getKey());
			if (replacement == null) {
				problems.add(path + "/" + field.getKey() + " was removed");
			}
			else {
				compare(path + "/" + field.getKey(), field.getValue(), replacement, problems);
			}
		}
		List<String> wasRequired = new ArrayList<>();
		old.path("required").forEach((name) -> wasRequired.add(name.asString()));
		proposed.path("required").forEach((name) -> {
			if (!wasRequired.contains(name.asString())) {
				problems.add(path + "/" + name.asString() + " became required");
			}
		});
	}

	private static String describe(JsonNode schema) {
		return schema.path("type").asString()
				+ (schema.has("format") ? " (" + schema.get("format").asString() + ")" : "");
	}

}
