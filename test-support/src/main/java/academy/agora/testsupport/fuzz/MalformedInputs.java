package academy.agora.testsupport.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Request bodies derived from an endpoint's valid body by breaking it: random JSON of
 * random shape, truncated or mangled text, wrong types, huge strings, deep nesting,
 * invalid UTF-8, odd but well-formed strings and keys, and wrong content types. Almost
 * all of them are invalid by construction; the few that are not (a mangling that keeps
 * the JSON valid, an odd string a field accepts) are the service's to accept.
 * <p>
 * Everything is drawn from the {@link RandomGenerator} passed in, so a seed reproduces a
 * run.
 */
public final class MalformedInputs {

	/** Content type of a JSON body. */
	public static final String JSON = "application/json";

	private static final int MIN_HUGE = 100 * 1024;

	private static final int MAX_HUGE = 2 * 1024 * 1024;

	private static final int MIN_DEPTH = 1_000;

	private static final int MAX_DEPTH = 100_000;

	/** Marks where invalid UTF-8 bytes replace a string's contents. */
	private static final String UTF8_MARKER = "\u0001INVALID-UTF-8\u0001";

	private static final byte[][] INVALID_UTF8 = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xFE, (byte) 0xFF },
			{ (byte) 0xC0, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
			{ (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 },
			{ (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } };

	private static final String[] ODD_STRINGS = { "", " ", "\u0000", "\uD800", "\uDFFF", "$gt", "$where", "a.b", ".",
			"..", "../../etc/passwd", "{\"$gt\":\"\"}", "' OR '1'='1", "\u202Eevil", "\uFEFF", "\t\n\r", "null", "true",
			"-1", "9".repeat(40), "<script>alert(1)</script>", "Ана", "\uD83D\uDE00", "x".repeat(5_000) };

	private static final String[] BAD_CONTENT_TYPES = { null, "text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream",
			"application/json; charset=UTF-16", "application/json; charset=bogus-charset", "application/json;;",
			"not a media type", "application/", "*/*", "application/problem+json", "application/x-ndjson" };

	private MalformedInputs() {
	}

	/**
	 * A body for one case.
	 * @param random the source of randomness
	 * @param valid a valid body as maps, lists, strings, numbers, booleans and
	 * {@code null}s; {@code null} for an endpoint that takes no body
	 * @return the input
	 */
	public static Input next(RandomGenerator random, Map<String, ?> valid) {
		Map<String, Object> template = (valid != null) ? copy(new LinkedHashMap<String, Object>(valid))
				: randomObject(random, 2, null);
		return switch (random.nextInt(10)) {
			case 0 -> json("random-json", randomValue(random, 4, template.keySet()));
			case 1 -> truncated(random, Json.write(template));
			case 2 -> mangled(random, Json.write(template));
			case 3 -> json("wrong-type", replaceLeaf(random, template, (old) -> otherType(random, old)));
			case 4 -> huge(random, template);
			case 5 -> deep(random, template);
			case 6 -> invalidUtf8(random, template);
			case 7 -> json("odd-string", odd(random, template));
			case 8 -> new Input("content-type", "valid body", Json.write(template).getBytes(StandardCharsets.UTF_8),
					BAD_CONTENT_TYPES[random.nextInt(BAD_CONTENT_TYPES.length)]);
			default -> empty(random);
		};
	}

	private static Input json(String kind, Object value) {
		String text = Json.write(value);
		return new Input(kind, text, text.getBytes(StandardCharsets.UTF_8), JSON);
	}

	private static Input truncated(RandomGenerator random, String text) {
		return raw("truncated", text.substring(0, random.nextInt(Math.max(1, text.length()))));
	}

	private static Input mangled(RandomGenerator random, String text) {
		StringBuilder mangled = new StringBuilder(text);
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			int at = random.nextInt(mangled.length() + 1);
			switch (random.nextInt(4)) {
				case 0 -> {
					if (at < mangled.length()) {
						mangled.deleteCharAt(at);
					}
				}
				case 1 -> mangled.insert(at, "{}[]:,\"\\'/#".charAt(random.nextInt(11)));
				case 2 -> mangled.insert(at, List
					.of("NaN", "Infinity", "undefined", "0x1F", "01", "1e99999", "//", "/*", "'x'", "\\u12", "-")
					.get(random.nextInt(11)));
				default -> mangled.append(List.of("}", "]", ",", "{}", " trailing", "\u0000").get(random.nextInt(6)));
			}
		}
		return raw("mangled", mangled.toString());
	}

	private static Input huge(RandomGenerator random, Map<String, Object> template) {
		int length = logUniform(random, MIN_HUGE, MAX_HUGE);
		return switch (random.nextInt(4)) {
			case 0 -> json("huge-key", Map.of(hugeString(random, length), 1));
			case 1 -> raw("huge-number", "{\"" + anyKey(random, template) + "\":" + "9".repeat(length) + "}");
			default -> json("huge-string", replaceLeaf(random, template, (old) -> hugeString(random, length)));
		};
	}

	private static Input deep(RandomGenerator random, Map<String, Object> template) {
		int depth = logUniform(random, MIN_DEPTH, MAX_DEPTH);
		boolean arrays = random.nextBoolean();
		boolean closed = random.nextInt(4) != 0;
		StringBuilder nested = new StringBuilder(depth * 6);
		nested.append((arrays ? "[" : "{\"a\":").repeat(depth)).append("1");
		if (closed) {
			nested.append((arrays ? "]" : "}").repeat(depth));
		}
		String text = nested.toString();
		if (random.nextBoolean()) {
			return raw("deep-nesting", text, depth + (arrays ? " arrays" : " objects"));
		}
		String body = Json.write(replaceLeaf(random, template, (old) -> new Json.Raw(text)));
		return raw("deep-nesting", body, depth + (arrays ? " arrays" : " objects") + " in a field");
	}

	private static Input invalidUtf8(RandomGenerator random, Map<String, Object> template) {
		byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
		String text = Json.write(random.nextInt(4) == 0 ? Map.of(UTF8_MARKER, 1)
				: replaceLeaf(random, template, (old) -> "x" + UTF8_MARKER + "y"));
		String escaped = Json.write(UTF8_MARKER);
		escaped = escaped.substring(1, escaped.length() - 1);
		int at = text.indexOf(escaped);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bad);
		body.writeBytes(text.substring(at + escaped.length()).getBytes(StandardCharsets.UTF_8));
		return new Input("invalid-utf-8", hex(bad) + " in " + text, body.toByteArray(), JSON);
	}

	private static Object odd(RandomGenerator random, Map<String, Object> template) {
		String odd = ODD_STRINGS[random.nextInt(ODD_STRINGS.length)];
		if (random.nextInt(3) == 0) {
			return renameKey(random, template, odd);
		}
		return replaceLeaf(random, template, (old) -> odd);
	}

	private static Input empty(RandomGenerator random) {
		String text = List.of("", " ", "null", "[]", "\"\"", "0", "true", "{}", "{\"\":null}").get(random.nextInt(9));
		return raw("empty", text);
	}

	private static Input raw(String kind, String text) {
		return raw(kind, text, text);
	}

	private static Input raw(String kind, String text, String summary) {
		return new Input(kind, summary, text.getBytes(StandardCharsets.UTF_8), JSON);
	}

	/**
	 * A random JSON value.
	 * @param random the source of randomness
	 * @param depth how deep containers may nest
	 * @param keys keys to prefer in objects, so that known fields get random values
	 * @return maps, lists, strings, numbers, booleans and {@code null}s
	 */
	static Object randomValue(RandomGenerator random, int depth, Iterable<String> keys) {
		int kind = random.nextInt((depth > 0) ? 8 : 6);
		return switch (kind) {
			case 0 -> null;
			case 1 -> random.nextBoolean();
			case 2 -> List.<Object>of(0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, random.nextInt(), 1.5, -0.0, 1e308,
					new Json.Raw("1e999"), new Json.Raw("123456789012345678901234567890"))
				.get(random.nextInt(10));
			case 3, 4 -> randomString(random, random.nextInt(40));
			case 5 -> ODD_STRINGS[random.nextInt(ODD_STRINGS.length)];
			case 6 -> {
				List<Object> list = new ArrayList<>();
				for (int i = 0, n = random.nextInt(5); i < n; i++) {
					list.add(randomValue(random, depth - 1, keys));
				}
				yield list;
			}
			default -> randomObject(random, depth - 1, keys);
		};
	}

	private static Map<String, Object> randomObject(RandomGenerator random, int depth, Iterable<String> keys) {
		List<String> known = new ArrayList<>();
		if (keys != null) {
			keys.forEach(known::add);
		}
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0, n = random.nextInt(5); i < n; i++) {
			String key = (!known.isEmpty() && random.nextBoolean()) ? known.get(random.nextInt(known.size()))
					: randomString(random, 1 + random.nextInt(10));
			object.put(key, randomValue(random, depth, null));
		}
		return object;
	}

	private static String randomString(RandomGenerator random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(switch (random.nextInt(6)) {
				case 0 -> (char) random.nextInt(0x20);
				case 1 -> (char) (0x400 + random.nextInt(0x100));
				case 2 -> "\uD83D\uDE00";
				default -> (char) (0x20 + random.nextInt(0x5F));
			});
		}
		return text.toString();
	}

	private static String hugeString(RandomGenerator random, int length) {
		// Printable ASCII and Cyrillic only: escapes would multiply the size on the wire.
		StringBuilder chunk = new StringBuilder();
		for (int i = 0; i < 64; i++) {
			chunk
				.append(random.nextBoolean() ? (char) ('a' + random.nextInt(26)) : (char) (0x410 + random.nextInt(64)));
		}
		return chunk.toString().repeat(length / chunk.length() + 1).substring(0, length);
	}

	private static Object otherType(RandomGenerator random, Object old) {
		List<Object> others = new ArrayList<>(List.of(42, "text", true, List.of(1, "two"), Map.of("nested", true)));
		others.add(null);
		others.removeIf((candidate) -> candidate != null && old != null
				&& (candidate.getClass() == old.getClass() || (candidate instanceof Map && old instanceof Map)
						|| (candidate instanceof List && old instanceof List)
						|| (candidate instanceof Number && old instanceof Number)));
		if (old == null) {
			others.remove(null);
		}
		return others.get(random.nextInt(others.size()));
	}

	/**
	 * A copy of the value with one value in it, chosen at random among all its nodes,
	 * replaced.
	 */
	private static Map<String, Object> replaceLeaf(RandomGenerator random, Map<String, Object> template,
			UnaryOperator<Object> replacement) {
		Map<String, Object> copy = copy(template);
		List<Slot> slots = new ArrayList<>();
		collect(copy, slots);
		if (slots.isEmpty()) {
			copy.put(randomString(random, 5), replacement.apply(null));
			return copy;
		}
		Slot slot = slots.get(random.nextInt(slots.size()));
		slot.set(replacement.apply(slot.get()));
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> renameKey(RandomGenerator random, Map<String, Object> template, String key) {
		Map<String, Object> copy = copy(template);
		List<Map<String, Object>> maps = new ArrayList<>();
		List<Slot> slots = new ArrayList<>();
		collect(copy, slots);
		maps.add(copy);
		for (Slot slot : slots) {
			if (slot.get() instanceof Map<?, ?> map) {
				maps.add((Map<String, Object>) map);
			}
		}
		Map<String, Object> target = maps.get(random.nextInt(maps.size()));
		if (!target.isEmpty()) {
			String old = target.keySet().stream().skip(random.nextInt(target.size())).findFirst().orElseThrow();
			Object value = target.remove(old);
			target.put(key, value);
		}
		else {
			target.put(key, "value");
		}
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static void collect(Object node, List<Slot> slots) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> typed = (Map<String, Object>) map;
			for (String key : new ArrayList<>(typed.keySet())) {
				slots.add(new Slot(() -> typed.get(key), (value) -> typed.put(key, value)));
				collect(typed.get(key), slots);
			}
		}
		else if (node instanceof List<?> list) {
			List<Object> typed = (List<Object>) list;
			for (int i = 0; i < typed.size(); i++) {
				int index = i;
				slots.add(new Slot(() -> typed.get(index), (value) -> typed.set(index, value)));
				collect(typed.get(i), slots);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T copy(T value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put((String) key, copy(item)));
			return (T) copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(copy(item)));
			return (T) copy;
		}
		return value;
	}

	private static String anyKey(RandomGenerator random, Map<String, Object> template) {
		return template.isEmpty() ? "value"
				: template.keySet().stream().skip(random.nextInt(template.size())).findFirst().orElseThrow();
	}

	private static int logUniform(RandomGenerator random, int min, int max) {
		return (int) Math.round(Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min))));
	}

	private static String hex(byte[] bytes) {
		StringBuilder hex = new StringBuilder();
		for (byte b : bytes) {
			hex.append(String.format("%02X ", b));
		}
		return hex.toString().strip();
	}

	private record Slot(Supplier<Object> getter, Consumer<Object> setter) {

		Object get() {
			return this.getter.get();
		}

		void set(Object value) {
			this.setter.accept(value);
		}

	}

	/**
	 * One body to send.
	 *
	 * @param kind what was done to it, such as {@code truncated}
	 * @param summary what it looks like, for a failure's report
	 * @param body the bytes to send
	 * @param contentType the {@code Content-Type} to send, verbatim; {@code null} for
	 * none
	 */
	public record Input(String kind, String summary, byte[] body, String contentType) {

	}

}
