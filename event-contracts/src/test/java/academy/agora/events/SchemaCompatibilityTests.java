package academy.agora.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every event record compatible with the schema snapshot consumers were built
 * against. Run with {@code -Dschemas.update=true} to write the snapshot of a new type, or
 * to record a compatible change of an existing one; an incompatible change needs a new
 * {@code .v<major>} type instead.
 */
class SchemaCompatibilityTests {

	private static final Path SNAPSHOTS = Path.of("src/main/resources/schemas");

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventMatchesItsCommittedSchemaSnapshot(EventType type) throws Exception {
		ObjectNode current = JsonSchemas.of(type);
		Path snapshot = SNAPSHOTS.resolve(type.typeName() + ".json");
		if (Boolean.getBoolean("schemas.update")) {
			if (Files.exists(snapshot)) {
				assertThat(JsonSchemas.breakingChanges(JsonSchemas.MAPPER.readTree(snapshot.toFile()), current))
					.as("breaking changes to %s; publish a new major version instead", type.typeName())
					.isEmpty();
			}
			Files.writeString(snapshot, JsonSchemas.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(current)
					+ System.lineSeparator());
		}
		assertThat(snapshot).as("schema snapshot of %s; run with -Dschemas.update=true", type.typeName()).exists();
		JsonNode committed = JsonSchemas.MAPPER.readTree(snapshot.toFile());
		assertThat(JsonSchemas.breakingChanges(committed, current))
			.as("breaking changes to %s; publish a new major version instead", type.typeName())
			.isEmpty();
		assertThat(current).as("%s changed compatibly; run with -Dschemas.update=true to record it", type.typeName())
			.isEqualTo(committed);
	}

	@Test
	void typeNamesAreVersionedAndUnique() {
		List<String> names = java.util.Arrays.stream(EventType.values()).map(EventType::typeName).toList();
		assertThat(names).doesNotHaveDuplicates()
			.allMatch((name) -> name
				.matches("academy\\.agora\\.(course|progress|certificate)\\.[a-z]+\\.[a-z]+\\.v\\d+"));
	}

	@Test
	void removingAPropertyIsBreaking() {
		JsonNode old = parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},"
				+ "\"b\":{\"type\":\"string\"}},\"required\":[\"a\",\"b\"]}");
		JsonNode proposed = parse(
				"{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":[\"a\"]}");
		assertThat(JsonSchemas.breakingChanges(old, proposed)).containsExactly("/b was removed");
	}

	@Test
	void changingANestedTypeIsBreaking() {
		JsonNode old = parse("{\"type\":\"object\",\"properties\":{\"l\":{\"type\":\"array\",\"items\":"
				+ "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\"}},\"required\":[]}}},\"required\":[]}");
		JsonNode proposed = parse("{\"type\":\"object\",\"properties\":{\"l\":{\"type\":\"array\",\"items\":"
				+ "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[]}");
		assertThat(JsonSchemas.breakingChanges(old, proposed))
			.containsExactly("/l[]/n changed type from integer to string");
	}

	@Test
	void addingARequiredPropertyIsBreakingButAnOptionalOneIsNot() {
		JsonNode old = parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":[\"a\"]}");
		JsonNode optional = parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},"
				+ "\"b\":{\"type\":\"string\"}},\"required\":[\"a\"]}");
		JsonNode required = parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},"
				+ "\"b\":{\"type\":\"string\"}},\"required\":[\"a\",\"b\"]}");
		assertThat(JsonSchemas.breakingChanges(old, optional)).isEmpty();
		assertThat(JsonSchemas.breakingChanges(old, required)).containsExactly("/b became required");
	}

	private static JsonNode parse(String json) {
		return JsonSchemas.MAPPER.readTree(json);
	}

}
