package academy.agora.testsupport.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MalformedInputsTests {

	private static final Map<String, Object> VALID = Map.of("reason", "Attended", "ids", List.of("a", "b"), "count", 1);

	@Test
	void theSameSeedSendsTheSameBodies() {
		assertThat(bodies(42)).isEqualTo(bodies(42)).isNotEqualTo(bodies(43));
	}

	@Test
	void everyKindOfBreakageIsDrawnAndHugeOrDeepOnesAreAsBigAsPromised() {
		SplittableRandom random = new SplittableRandom(1);
		Set<String> kinds = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			MalformedInputs.Input input = MalformedInputs.next(random, VALID);
			kinds.add(input.kind());
			if (input.kind().startsWith("huge")) {
				assertThat(input.body().length).isGreaterThanOrEqualTo(100 * 1024);
			}
			if (input.kind().equals("deep-nesting")) {
				assertThat(input.body().length).isGreaterThanOrEqualTo(1_000);
			}
			if (input.kind().equals("invalid-utf-8")) {
				assertThatExceptionOfType(CharacterCodingException.class)
					.isThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(input.body())));
			}
		}
		assertThat(kinds).contains("random-json", "truncated", "mangled", "wrong-type", "huge-string", "deep-nesting",
				"invalid-utf-8", "odd-string", "content-type", "empty");
	}

	@Test
	void writesLoneSurrogatesAsEscapesSoThatTheyReachTheServer() {
		assertThat(Json.write(Map.of("name", "a\uD800\"b"))).isEqualTo("{\"name\":\"a\\uD800\\\"b\"}");
	}

	private static List<String> bodies(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			MalformedInputs.Input input = MalformedInputs.next(random, VALID);
			bodies.add(input.kind() + input.contentType() + new String(input.body(), StandardCharsets.ISO_8859_1));
		}
		return bodies;
	}

}
