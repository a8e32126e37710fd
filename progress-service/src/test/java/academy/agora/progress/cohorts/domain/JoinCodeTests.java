package academy.agora.progress.cohorts.domain;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JoinCodeTests {

	@Test
	void aCodeIsEightSymbolsOfCrockfordsAlphabetWithoutAmbiguousLetters() {
		Random random = new Random(42);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String code = JoinCode.generate(random);
			assertThat(code).hasSize(8).matches("[0-9A-HJKMNP-TV-Z]{8}").doesNotContain("I", "L", "O", "U");
			assertThat(JoinCode.normalise(code)).isEqualTo(code);
			codes.add(code);
		}
		assertThat(codes).as("random, not repeating").hasSize(2000);
		assertThat(JoinCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
	}

	@Test
	void typingIgnoresCaseHyphensAndSpaces() {
		assertThat(JoinCode.normalise("7k3m-9qxr")).isEqualTo("7K3M9QXR");
		assertThat(JoinCode.normalise("  7K3M 9QXR ")).isEqualTo("7K3M9QXR");
		assertThat(JoinCode.normalise("7k-3m 9q-xr")).isEqualTo("7K3M9QXR");
	}

	@Test
	void lettersThatLookLikeDigitsAreReadAsThoseDigits() {
		assertThat(JoinCode.normalise("O1IL-o0il")).isEqualTo("01110011");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "7K3M9QX", "7K3M9QXR2", "7K3M-9QU R", "7K3M_9QXR", "7K3M9QXЯ", "7K3M.9QXR" })
	void anythingElseIsNoJoinCode(String typed) {
		assertThatExceptionOfType(InvalidJoinCodeException.class).isThrownBy(() -> JoinCode.normalise(typed))
			.withMessageContaining("eight letters and digits");
	}

	@Test
	void nothingTypedIsNoJoinCode() {
		assertThatExceptionOfType(InvalidJoinCodeException.class).isThrownBy(() -> JoinCode.normalise(null));
	}

}
