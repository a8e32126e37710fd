package academy.agora.certificate.rendering;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a certificate of completion as a one-page PDF, A4 landscape. Safe to share
 * between threads: it keeps only the font files, and each rendering builds its own
 * document, because PDFBox objects are not thread-safe.
 */
public final class CertificatePdf {

	/** Where {@code net.sf.jasperreports:jasperreports-fonts} keeps DejaVu Sans. */
	static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

	static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	static final float LEFT = 90;

	static final float RIGHT = A4_LANDSCAPE.getWidth() - LEFT;

	static final float QR_SIZE = 118;

	static final float QR_BOTTOM = 52;

	/** The white border a QR code needs around it, in modules; the standard asks 4. */
	private static final int QUIET_ZONE = 4;

	private static final float WIDTH = RIGHT - LEFT;

	private static final float CENTRED_TOP = A4_LANDSCAPE.getHeight() - 62;

	private static final float CENTRED_BOTTOM = 190;

	private static final float FOOTER_TOP = QR_BOTTOM + QR_SIZE;

	private static final float FOOTER_WIDTH = WIDTH - QR_SIZE - 30;

	private static final float CODE_WIDTH = 170;

	private static final Color INK = new Color(0x1F, 0x24, 0x2E);

	private static final Color MUTED = new Color(0x5B, 0x63, 0x70);

	private static final Color ACCENT = new Color(0x1D, 0x4E, 0x89);

	private final byte[] regular;

	private final byte[] bold;

	/**
	 * Creates a renderer that prints with the given TrueType fonts.
	 * @param regularTtf the regular face
	 * @param boldTtf the bold face
	 * @throws UncheckedIOException if either is no TrueType font with a Unicode map
	 */
	public CertificatePdf(byte[] regularTtf, byte[] boldTtf) {
		this.regular = checked(regularTtf.clone());
		this.bold = checked(boldTtf.clone());
	}

	/**
	 * Creates a renderer that prints with DejaVu Sans from the class path.
	 * @return the renderer
	 * @throws IllegalStateException if the fonts are not on the class path
	 */
	public static CertificatePdf withDejaVuSans() {
		return new CertificatePdf(resource(DEJAVU + "DejaVuSans.ttf"), resource(DEJAVU + "DejaVuSans-Bold.ttf"));
	}

	/**
	 * Renders a certificate.
	 * @param certificate what to print
	 * @return the PDF
	 * @throws IllegalArgumentException if the verification URL is too long for a QR code
	 */
	public byte[] render(PrintedCertificate certificate) {
		CertificateLabels labels = CertificateLabels.forLanguage(certificate.language());
		try (PDDocument document = new PDDocument();
				TrueTypeFont regularFont = parse(this.regular);
				TrueTypeFont boldFont = parse(this.bold)) {
			PDPage page = new PDPage(A4_LANDSCAPE);
			document.addPage(page);
			Face regular = Face.embed(document, regularFont);
			Face bold = Face.embed(document, boldFont);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				frame(content);
				centred(content, certificate, labels, regular, bold);
				footer(content, certificate, labels, regular, bold);
				qrCode(content, certificate.verificationUrl().toASCIIString());
			}
			document.getDocumentInformation().setTitle(labels.get("title") + ": " + certificate.learnerName());
			document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
			ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
			document.save(pdf);
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void frame(PDPageContentStream content) throws IOException {
		content.setStrokingColor(ACCENT);
		content.setLineWidth(1.5f);
		inset(content, 22);
		content.setLineWidth(0.5f);
		inset(content, 28);
	}

	private static void inset(PDPageContentStream content, float by) throws IOException {
		content.addRect(by, by, A4_LANDSCAPE.getWidth() - 2 * by, A4_LANDSCAPE.getHeight() - 2 * by);
		content.stroke();
	}

	/**
	 * Who completed what, centred between the top and the footer. A long name first
	 * shrinks, then takes two lines; a long title wraps first.
	 */
	private static void centred(PDPageContentStream content, PrintedCertificate certificate, CertificateLabels labels,
			Face regular, Face bold) throws IOException {
		List<String> details = new ArrayList<>();
		details.add(labels.get("version") + ": " + certificate.courseVersion());
		if (certificate.hours() != null) {
			details.add(labels.get("hours") + ": " + certificate.hours());
		}
		details.add(labels.get("completedOn") + ": " + labels.date(certificate.completedOn()));
		List<Placed> stack = List.of(new Placed(bold.fit(labels.get("title"), WIDTH, 30, 30, 18, 1), ACCENT, 0),
				new Placed(regular.fit(labels.get("certifies"), WIDTH, 13, 13, 9, 2), MUTED, 22),
				new Placed(bold.fit(certificate.learnerName(), WIDTH, 30, 20, 12, 2), INK, 6),
				new Placed(regular.fit(labels.get("completed"), WIDTH, 13, 13, 9, 2), MUTED, 8),
				new Placed(bold.fit(certificate.courseTitle(), WIDTH, 22, 22, 10, 4), INK, 6),
				new Placed(regular.fit(String.join("  \u00B7  ", details), WIDTH, 11, 11, 8, 2), MUTED, 16));
		float height = 0;
		for (Placed placed : stack) {
			height += placed.gapAbove() + placed.block().height();
		}
		float top = CENTRED_TOP - Math.max(0, (CENTRED_TOP - CENTRED_BOTTOM - height) / 2);
		for (Placed placed : stack) {
			top -= placed.gapAbove();
			placed.block().draw(content, placed.colour(), LEFT, WIDTH, top, true);
			top -= placed.block().height();
		}
	}

	/**
	 * Who issued it and how to check it, left of the QR code.
	 */
	private static void footer(PDPageContentStream content, PrintedCertificate certificate, CertificateLabels labels,
			Face regular, Face bold) throws IOException {
		float top = FOOTER_TOP;
		Block issuedBy = regular.fit(labels.get("issuedBy"), FOOTER_WIDTH, 9, 9, 7, 1);
		issuedBy.draw(content, MUTED, LEFT, FOOTER_WIDTH, top, false);
		bold.fit(certificate.issuer(), FOOTER_WIDTH, 13, 13, 9, 2)
			.draw(content, INK, LEFT, FOOTER_WIDTH, top - issuedBy.height() - 2, false);
		top = QR_BOTTOM + 45;
		Block codeLabel = regular.fit(labels.get("verificationCode"), CODE_WIDTH - 10, 9, 9, 7, 1);
		codeLabel.draw(content, MUTED, LEFT, CODE_WIDTH, top, false);
		bold.fit(certificate.verificationCode(), CODE_WIDTH - 10, 12, 12, 9, 1)
			.draw(content, INK, LEFT, CODE_WIDTH, top - codeLabel.height() - 2, false);
		float urlLeft = LEFT + CODE_WIDTH;
		float urlWidth = FOOTER_WIDTH - CODE_WIDTH;
		Block urlLabel = regular.fit(labels.get("verifyAt"), urlWidth, 9, 9, 7, 1);
		urlLabel.draw(content, MUTED, urlLeft, urlWidth, top, false);
		regular.fit(certificate.verificationUrl().toString(), urlWidth, 9, 9, 6, 2)
			.draw(content, INK, urlLeft, urlWidth, top - urlLabel.height() - 2, false);
	}

	/**
	 * Draws the QR code as vector squares, a run of dark modules in a row as one
	 * rectangle, so it prints sharp at any size. Level Q survives a quarter of the symbol
	 * being damaged: paper certificates get folded, stamped and signed over.
	 */
	private static void qrCode(PDPageContentStream content, String url) throws IOException {
		ByteMatrix modules;
		try {
			modules = Encoder.encode(url, ErrorCorrectionLevel.Q).getMatrix();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Too long for a QR code: " + url, ex);
		}
		int count = modules.getWidth();
		float module = QR_SIZE / (count + 2 * QUIET_ZONE);
		float left = RIGHT - QR_SIZE + QUIET_ZONE * module;
		float top = QR_BOTTOM + QR_SIZE - QUIET_ZONE * module;
		content.setNonStrokingColor(Color.BLACK);
		for (int row = 0; row < count; row++) {
			int column = 0;
			while (column < count) {
				int start = column;
				while (column < count && modules.get(column, row) == 1) {
					column++;
				}
				if (column > start) {
					content.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
				}
				else {
					column++;
				}
			}
		}
		content.fill();
	}

	private static TrueTypeFont parse(byte[] ttf) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
	}

	private static byte[] checked(byte[] ttf) {
		try (TrueTypeFont font = parse(ttf)) {
			if (font.getUnicodeCmapLookup() == null) {
				throw new IOException("No Unicode map in " + font.getName());
			}
			return ttf;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not a TrueType font to print with", ex);
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the class path; it comes with jasperreports-fonts");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Placed(Block block, Color colour, float gapAbove) {
	}

}
