package academy.agora.testsupport.fuzz;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and {@code null}s as JSON text, and
 * {@link Raw} verbatim. Hand-written rather than Jackson so that it can write what no
 * mapper would: lone surrogates, out-of-range numbers, unbalanced fragments.
 */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		StringBuilder json = new StringBuilder();
		write(value, json);
		return json.toString();
	}

	private static void write(Object value, StringBuilder json) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Raw raw) {
			json.append(raw.text());
		}
		else if (value instanceof String text) {
			string(text, json);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			json.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				json.append(first ? "" : ",");
				first = false;
				string(String.valueOf(entry.getKey()), json);
				json.append(':');
				write(entry.getValue(), json);
			}
			json.append('}');
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				json.append((i > 0) ? "," : "");
				write(list.get(i), json);
			}
			json.append(']');
		}
		else {
			string(value.toString(), json);
		}
	}

	private static void string(String text, StringBuilder json) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				// Escaped, so that a lone surrogate reaches the server as one and is not
				// turned into '?' by the UTF-8 encoder here.
				json.append(String.format("\\u%04X", (int) c));
			}
			else {
				json.append(c);
			}
		}
		json.append('"');
	}

	/**
	 * JSON text written as it is.
	 *
	 * @param text the text
	 */
	record Raw(String text) {

		@Override
		public String toString() {
			return this.text;
		}

	}

}
