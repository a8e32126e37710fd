package academy.agora.progress.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV downloads as spreadsheets open them: UTF-8 with a byte-order mark, without which
 * Excel reads the file in the machine's legacy code page and garbles Cyrillic and Greek
 * names; fields quoted by RFC 4180 (a field holding a comma, a double quote or a line
 * break is enclosed in double quotes, and its double quotes doubled); lines ended by
 * CRLF; a header row first.
 * <p>
 * A text field that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe, so that a spreadsheet shows it rather than
 * running it as a formula ("CSV injection"): names and cohort titles come from users.
 * Numbers are written as they are.
 */
public final class Csv {

	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final String LINE_END = "\r\n";

	private Csv() {
	}

	/**
	 * The bytes of a CSV file.
	 * @param header the column names
	 * @param rows the rows, each with a value per column; {@code null} is an empty field
	 * @return UTF-8 with a byte-order mark
	 */
	public static byte[] write(List<String> header, List<List<?>> rows) {
		StringBuilder text = new StringBuilder();
		line(text, header);
		rows.forEach((row) -> line(text, row));
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(BYTE_ORDER_MARK.length + body.length);
		out.writeBytes(BYTE_ORDER_MARK);
		out.writeBytes(body);
		return out.toByteArray();
	}

	/**
	 * A CSV download of rows.
	 * @param <T> the row type
	 * @param rows the rows
	 * @param header the column names
	 * @param columns a row's values, one per column
	 * @param name the file name without extension; anything but letters, digits, dots,
	 * hyphens and underscores becomes a hyphen
	 * @return 200 with the file as an attachment
	 */
	public static <T> Mono<ResponseEntity<byte[]>> download(Flux<T> rows, List<String> header,
			Function<T, List<?>> columns, String name) {
		return rows.map(columns).collectList().map((values) -> {
			String filename = name.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
			return ResponseEntity.ok()
				.contentType(TEXT_CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(filename).build().toString())
				.body(write(header, values));
		});
	}

	private static void line(StringBuilder text, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(field(values.get(i)));
		}
		text.append(LINE_END);
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
