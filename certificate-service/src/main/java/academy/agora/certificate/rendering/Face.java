package academy.agora.certificate.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One font embedded in one document, and how text is fitted into a box with it.
 */
final class Face {

	private static final String ELLIPSIS = "\u2026";

	private static final int REPLACEMENT = 0xFFFD;

	private static final float SIZE_STEP = 0.5f;

	private final PDType0Font font;

	private final CmapLookup cmap;

	private Face(PDType0Font font, CmapLookup cmap) {
		this.font = font;
		this.cmap = cmap;
	}

	/**
	 * Embeds a subset of the font: only the glyphs the page shows.
	 */
	static Face embed(PDDocument document, TrueTypeFont font) throws IOException {
		return new Face(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup());
	}

	PDType0Font font() {
		return this.font;
	}

	/**
	 * Fits text into a box of the given width: as large as possible from {@code maxSize}
	 * down to {@code minSize}, on one line while the size is at least {@code wrapBelow}
	 * and on up to {@code maxLines} below it. Text that does not fit even then is cut
	 * short with an ellipsis, so it never leaves its box.
	 */
	Block fit(String text, float width, float maxSize, float wrapBelow, float minSize, int maxLines) {
		String printable = printable(text);
		for (float size = maxSize; size >= minSize; size -= SIZE_STEP) {
			List<String> lines = wrap(printable, size, width);
			if (lines.size() <= ((size >= wrapBelow) ? 1 : maxLines)) {
				return new Block(this, size, lines);
			}
		}
		List<String> lines = wrap(printable, minSize, width);
		if (lines.size() <= maxLines) {
			return new Block(this, minSize, lines);
		}
		lines = new ArrayList<>(lines.subList(0, maxLines));
		String last = lines.get(maxLines - 1);
		while (!last.isEmpty() && width(last + ELLIPSIS, minSize) > width) {
			last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
		}
		lines.set(maxLines - 1, last + ELLIPSIS);
		return new Block(this, minSize, lines);
	}

	float width(String text, float size) {
		try {
			return this.font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text as one line this font can show: PDFBox refuses a character the font has no
	 * glyph for, and names arrive in whatever form the identity provider keeps them,
	 * decomposed accents and stray line breaks included.
	 */
	String printable(String text) {
		StringBuilder printable = new StringBuilder(text.length());
		Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach((c) -> {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				if (printable.length() > 0 && printable.charAt(printable.length() - 1) != ' ') {
					printable.append(' ');
				}
			}
			else if (Character.getType(c) != Character.FORMAT) {
				printable.appendCodePoint((this.cmap.getGlyphId(c) != 0) ? c : REPLACEMENT);
			}
		});
		return printable.toString().strip();
	}

	private List<String> wrap(String text, float size, float width) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String word : text.split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (width(longer, size) <= width) {
				line = longer;
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line);
			}
			line = word;
			// A word wider than the box, such as a URL, breaks anywhere.
			while (width(line, size) > width) {
				int end = fittingPrefix(line, size, width);
				lines.add(line.substring(0, end));
				line = line.substring(end);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		return lines;
	}

	private int fittingPrefix(String word, float size, float width) {
		// At least one character, so that wrapping always ends.
		int end = word.offsetByCodePoints(0, 1);
		while (end < word.length()) {
			int next = word.offsetByCodePoints(end, 1);
			if (width(word.substring(0, next), size) > width) {
				break;
			}
			end = next;
		}
		return end;
	}

}
