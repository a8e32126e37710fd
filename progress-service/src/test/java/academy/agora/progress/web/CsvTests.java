package academy.agora.progress.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void aFileStartsWithAByteOrderMarkAndEndsEachLineWithCrLf() {
		byte[] bytes = Csv.write(List.of("key", "label", "enrolled"), List.of(Arrays.asList("Охрид", "Охрид", 3L)));

		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("key,label,enrolled\r\nОхрид,Охрид,3\r\n");
	}

	@Test
	void cyrillicAndGreekAreUtf8() {
		byte[] bytes = Csv.write(List.of("name"), List.of(List.of("Ана Петровска"), List.of("Θεσσαλονίκη")));

		byte[] expected = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"name\r\nАна Петровска\r\nΘεσσαλονίκη\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(bytes).isEqualTo(expected);
		// "А" (U+0410) and "Θ" (U+0398) as UTF-8, not as a legacy code page.
		assertThat(bytes).containsSequence(0xD0, 0x90).containsSequence(0xCE, 0x98);
	}

	@Test
	void fieldsAreQuotedAsRfc4180Says() {
		assertThat(Csv.field("plain")).isEqualTo("plain");
		assertThat(Csv.field("Zagreb, spring")).isEqualTo("\"Zagreb, spring\"");
		assertThat(Csv.field("the \"pilot\"")).isEqualTo("\"the \"\"pilot\"\"\"");
		assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
		assertThat(Csv.field(null)).isEmpty();
		assertThat(Csv.field("")).isEmpty();
		assertThat(Csv.field(42)).isEqualTo("42");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsShownInstead() {
		assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("-1")).isEqualTo("'-1");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field(-1)).as("numbers are numbers").isEqualTo("-1");
		assertThat(Csv.field("a-b")).isEqualTo("a-b");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
