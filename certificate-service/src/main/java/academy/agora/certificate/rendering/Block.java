package academy.agora.certificate.rendering;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Text fitted into a box: its lines and the size they are set in.
 */
record Block(Face face, float size, List<String> lines) {

	static final float LEADING = 1.2f;

	// DejaVu Sans rises about 0.93 em above the baseline.
	private static final float ASCENT = 0.93f;

	Block {
		lines = List.copyOf(lines);
	}

	float height() {
		return this.lines.size() * this.size * LEADING;
	}

	/**
	 * Draws the lines downwards from {@code top}, centred in the box or from its left
	 * edge.
	 */
	void draw(PDPageContentStream content, Color colour, float left, float width, float top, boolean centred)
			throws IOException {
		content.setNonStrokingColor(colour);
		float baseline = top - this.size * ASCENT;
		for (String line : this.lines) {
			float x = centred ? left + (width - this.face.width(line, this.size)) / 2 : left;
			content.beginText();
			content.setFont(this.face.font(), this.size);
			content.newLineAtOffset(x, baseline);
			content.showText(line);
			content.endText();
			baseline -= this.size * LEADING;
		}
	}

}
