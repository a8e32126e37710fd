package academy.agora.certificate.issuing.domain;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VerificationCodeTests {

	private static final String FORMAT = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

	@Test
	void aNewCodeIsSixteenCrockfordSymbolsInFourGroups() {
		VerificationCode code = VerificationCode.generate(new SecureRandom());
		assertThat(code.value()).matches(FORMAT).hasSize(19).doesNotContain("I", "L", "O", "U");
		assertThat(code).hasToString(code.value());
	}

	@Test
	void tenThousandNewCodesNeverCollide() {
		SecureRandom random = new SecureRandom();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			codes.add(VerificationCode.generate(random).value());
		}
		assertThat(codes).hasSize(10_000);
	}

	@Test
	void everySymbolIsEquallyLikelyInEveryPosition() {
		// 80 bits only if each of the 16 positions carries a uniform 5-bit symbol.
		Random seeded = new Random(20240611L);
		int codes = 32_000;
		Map<Integer, Map<Character, Integer>> counts = new HashMap<>();
		for (int i = 0; i < codes; i++) {
			String symbols = VerificationCode.generate(seeded).value().replace("-", "");
			for (int position = 0; position < symbols.length(); position++) {
				counts.computeIfAbsent(position, (p) -> new HashMap<>())
					.merge(symbols.charAt(position), 1, Integer::sum);
			}
		}
		assertThat(counts).hasSize(VerificationCode.LENGTH);
		counts.values().forEach((bySymbol) -> {
			assertThat(bySymbol).hasSize(32);
			// Expected 1000 each; the standard deviation is about 31.
			assertThat(bySymbol.values()).allSatisfy((count) -> assertThat(count).isBetween(850, 1150));
		});
	}

	@Test
	void theCanonicalFormParsesToItself() {
		assertThat(VerificationCode.parse("K7QM-3X9T-PD2W-HA6C")).hasValue(new VerificationCode("K7QM-3X9T-PD2W-HA6C"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "k7qm-3x9t-pd2w-ha6c", "K7QM3X9TPD2WHA6C", "k7qm3x9tpd2wha6c", " K7QM 3X9T PD2W HA6C ",
			"K7QM - 3X9T - PD2W - HA6C", "K7-QM3X-9TPD-2WHA-6C", "K7QM\t3X9T\u00A0PD2W-HA6C" })
	void caseHyphensAndSpacesDoNotMatter(String typed) {
		assertThat(VerificationCode.parse(typed)).hasValue(new VerificationCode("K7QM-3X9T-PD2W-HA6C"));
	}

	@Test
	void lettersMistakenForDigitsAreReadAsTheDigits() {
		assertThat(VerificationCode.parse("OOII-LLoo-iill-1010")).hasValue(new VerificationCode("0011-1100-1111-1010"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "K7QM-3X9T-PD2W-HA6", "K7QM-3X9T-PD2W-HA6CX", "K7QM-3X9T-PD2W-HAUC", "K7QM_3X9T_PD2W_HA6C",
			"K7QM-3X9T-PD2W-HA6Ä", "K7QM-3X9T-PD2W-HAßC", "../../etc/passwd", "K7QM-3X9T-PD2W-HA6C; DROP",
			"----------------------------------------------------------------K7QM3X9TPD2WHA6C" })
	void anythingElseIsNoCode(String typed) {
		assertThat(VerificationCode.parse(typed)).isEmpty();
	}

	@Test
	void onlyTheCanonicalFormMakesACode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("k7qm-3x9t-pd2w-ha6c"));
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("K7QM3X9TPD2WHA6C"));
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode(null));
	}

}
