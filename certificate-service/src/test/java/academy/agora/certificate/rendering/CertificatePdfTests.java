package academy.agora.certificate.rendering;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

class CertificatePdfTests {

	private static final CertificatePdf PDF = CertificatePdf.withDejaVuSans();

	private static final LocalDate COMPLETED = LocalDate.of(2026, 3, 12);

	private static final URI URL = URI.create("https://certificates.agora.academy/api/verify/K7QM-3X9T-PD2W-HA6C");

	/** 120 characters. */
	private static final String LONG_TITLE = "Designing and running citizens' assemblies on municipal budgets, "
			+ "spatial plans, and local climate-adaptation strategies.";

	private static final String LONG_NAME = "Aleksandra Hristina Stojanovska-Trajkovska Dimitrijević-Papadopoulou";

	@Test
	void theLearnersCyrillicNameSurvivesTextExtraction() throws IOException {
		String text = text(PDF.render(certificate("Ана Трајковска", "Граѓански собранија", "mk")));

		assertThat(text).contains("Ана Трајковска", "Граѓански собранија", "Сертификат за завршен курс");
	}

	@Test
	void aGreekTitleSurvivesTextExtraction() throws IOException {
		String text = text(PDF.render(certificate("Ελένη Παπαδοπούλου", "Συμμετοχικός προϋπολογισμός", "el")));

		assertThat(text).contains("Ελένη Παπαδοπούλου", "Συμμετοχικός προϋπολογισμός", "12 Μαρτίου 2026");
	}

	@Test
	void aSerbianLatinNameWithDiacriticsSurvivesTextExtraction() throws IOException {
		String text = text(PDF.render(certificate("Đorđe Živković", "Građanske skupštine", "sr-Latn")));

		assertThat(text).contains("Đorđe Živković", "Građanske skupštine", "Datum završetka: 12. mart 2026.");
	}

	@Test
	void aNameInDecomposedFormIsPrintedComposed() throws IOException {
		String decomposed = "S\u030Ctefan Dragos\u0326";

		assertThat(text(PDF.render(certificate(decomposed, "Course", "ro")))).contains("Štefan Dragoș");
	}

	@Test
	void everythingTheCertificateStatesIsPrinted() throws IOException {
		String text = text(PDF.render(certificate("Marko Jovanović", "Građanske skupštine", "sr-Latn")));

		assertThat(text).contains("Sertifikat o završenom kursu", "Ovim se potvrđuje da je", "Marko Jovanović",
				"završio/la kurs", "Građanske skupštine", "Verzija: 3", "Broj časova: 12",
				"Datum završetka: 12. mart 2026.", "Izdavač", "Agora Academy", "Kod za proveru", "K7QM-3X9T-PD2W-HA6C",
				"Proverite na adresi", URL.toString());
	}

	@Test
	void hoursAreLeftOutWhenTheCourseStatesNone() throws IOException {
		PrintedCertificate certificate = certificate("Ana", "Course", "en");
		PrintedCertificate withoutHours = new PrintedCertificate(certificate.learnerName(), certificate.courseTitle(),
				certificate.courseVersion(), null, certificate.completedOn(), certificate.issuer(),
				certificate.verificationCode(), certificate.verificationUrl(), certificate.language());

		assertThat(text(PDF.render(withoutHours))).contains("Version: 3 · Completed on: March 12, 2026")
			.doesNotContain("Hours");
	}

	@ParameterizedTest
	@MethodSource("academy.agora.certificate.rendering.CertificateLabelsTests#otherThanEnglish")
	void everyLanguageIsPrintedInItsOwnWords(String tag) throws IOException {
		CertificateLabels labels = CertificateLabels.forLanguage(Locale.forLanguageTag(tag));

		try (PDDocument document = Loader.loadPDF(PDF.render(certificate("Ana", "Course", tag)))) {
			assertThat(new PDFTextStripper().getText(document)).contains(labels.get("title"),
					labels.get("verificationCode"), labels.date(COMPLETED));
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(tag);
		}
	}

	@Test
	void thePageIsA4Landscape() throws IOException {
		try (PDDocument document = Loader.loadPDF(PDF.render(certificate("Ana", "Course", "en")))) {
			PDRectangle media = document.getPage(0).getMediaBox();

			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(media.getWidth()).isCloseTo(842, offset(1f));
			assertThat(media.getHeight()).isCloseTo(595, offset(1f));
		}
	}

	@Test
	void theFontsAreEmbeddedAsSubsets() throws IOException {
		try (PDDocument document = Loader.loadPDF(PDF.render(certificate("Ана Трајковска", "Course", "mk")))) {
			PDPage page = document.getPage(0);
			List<PDFont> fonts = new ArrayList<>();
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}

			assertThat(fonts).hasSize(2).allSatisfy((font) -> {
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getFontDescriptor().getFontFile2()).isNotNull();
				// A subset's name starts with a six-letter tag, such as
				// ABCDEF+DejaVuSans.
				assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
			});
		}
	}

	@Test
	void theQrCodeOpensTheVerificationPage() throws Exception {
		BufferedImage page;
		try (PDDocument document = Loader.loadPDF(PDF.render(certificate("Ana", "Course", "en")))) {
			page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
		}

		Result qr = new QRCodeReader().decode(
				new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
				Map.of(DecodeHintType.TRY_HARDER, true));

		assertThat(qr.getText()).isEqualTo(URL.toString());
		assertThat(qr.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL,
				ErrorCorrectionLevel.Q.toString());
	}

	@Test
	void aLongNameAndTitleStayInsideThePageAndClearOfTheFooter() throws IOException {
		assertThat(LONG_TITLE).hasSize(120);
		byte[] pdf = PDF.render(certificate(LONG_NAME, LONG_TITLE, "en"));

		assertThat(glyphs(pdf)).allSatisfy(CertificatePdfTests::isInsideTheFrameAndClearOfTheQrCode);
		String text = text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains(LONG_TITLE);
		assertThat(centredText(pdf)).doesNotContain("Agora Academy", "K7QM");
		assertThat(nameSize(pdf, LONG_NAME))
			.isLessThan(nameSize(PDF.render(certificate("Ana", "Course", "en")), "Ana"));
	}

	@Test
	void theLongestTitleACourseMayHaveIsPrintedWhole() throws IOException {
		// Course titles may be 300 characters long.
		String title = (LONG_TITLE + " " + LONG_TITLE + " " + LONG_TITLE).substring(0, 300).strip();
		byte[] pdf = PDF.render(certificate(LONG_NAME + " " + LONG_NAME, title, "el"));

		assertThat(glyphs(pdf)).allSatisfy(CertificatePdfTests::isInsideTheFrameAndClearOfTheQrCode);
		assertThat(text(pdf).replaceAll("\\s+", " ")).contains(title);
		assertThat(centredText(pdf)).doesNotContain("Agora Academy", "K7QM");
	}

	@Test
	void textBeyondAnyReasonIsCutShortRatherThanOverflowing() throws IOException {
		String endless = "Deliberation ".repeat(300);
		String issuer = "Association of Units of Local Self-Government ".repeat(10);
		PrintedCertificate certificate = new PrintedCertificate(endless, endless, 3, 12, COMPLETED, issuer,
				"K7QM-3X9T-PD2W-HA6C", URI.create(URL + "?" + "x".repeat(150)), Locale.ENGLISH);

		byte[] pdf = PDF.render(certificate);

		assertThat(glyphs(pdf)).allSatisfy(CertificatePdfTests::isInsideTheFrameAndClearOfTheQrCode);
		assertThat(text(pdf)).contains("Deliberation…");
		assertThat(centredText(pdf)).doesNotContain("Association", "K7QM");
	}

	@Test
	void charactersTheFontLacksArePrintedAsReplacementCharacters() throws IOException {
		String text = text(PDF.render(certificate("Ana 李 \uD83C\uDF93", "Course", "en")));

		assertThat(text).contains("Ana \uFFFD \uFFFD");
	}

	@Test
	void aVerificationUrlTooLongForAQrCodeIsRefused() {
		PrintedCertificate certificate = new PrintedCertificate("Ana", "Course", 3, 12, COMPLETED, "Agora Academy",
				"K7QM-3X9T-PD2W-HA6C", URI.create(URL + "?" + "x".repeat(3000)), Locale.ENGLISH);

		assertThatIllegalArgumentException().isThrownBy(() -> PDF.render(certificate)).withMessageContaining("QR code");
	}

	@Test
	void oneRendererServesManyThreadsAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> pdfs = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String name = "Ана Трајковска " + i;
				pdfs.add(threads.submit(() -> PDF.render(certificate(name, "Граѓански собранија", "mk"))));
			}
			for (int i = 0; i < pdfs.size(); i++) {
				assertThat(text(pdfs.get(i).get())).contains("Ана Трајковска " + i);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static PrintedCertificate certificate(String name, String title, String language) {
		return new PrintedCertificate(name, title, 3, 12, COMPLETED, "Agora Academy", "K7QM-3X9T-PD2W-HA6C", URL,
				Locale.forLanguageTag(language));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The text above the footer, where who completed what is printed. */
	private static String centredText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			float height = CertificatePdf.A4_LANDSCAPE.getHeight();
			stripper.addRegion("centred", new Rectangle2D.Float(0, 0, CertificatePdf.A4_LANDSCAPE.getWidth(),
					height - CertificatePdf.QR_BOTTOM - CertificatePdf.QR_SIZE));
			stripper.extractRegions(document.getPage(0));
			return stripper.getTextForRegion("centred");
		}
	}

	private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
		List<TextPosition> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				glyphs.addAll(positions);
			}
		};
		try (PDDocument document = Loader.loadPDF(pdf)) {
			stripper.getText(document);
		}
		assertThat(glyphs).isNotEmpty();
		return glyphs;
	}

	private static float nameSize(byte[] pdf, String name) throws IOException {
		return glyphs(pdf).stream()
			.filter((glyph) -> glyph.getUnicode().equals(name.substring(0, 1)))
			.map(TextPosition::getFontSizeInPt)
			.max(Float::compare)
			.orElseThrow();
	}

	/**
	 * Glyph boxes in the text stripper's coordinates: from the top left, y at the
	 * baseline.
	 */
	private static void isInsideTheFrameAndClearOfTheQrCode(TextPosition glyph) {
		float frame = 28;
		float width = CertificatePdf.A4_LANDSCAPE.getWidth();
		float height = CertificatePdf.A4_LANDSCAPE.getHeight();
		float left = glyph.getXDirAdj();
		float right = left + glyph.getWidthDirAdj();
		float baseline = glyph.getYDirAdj();
		float top = baseline - glyph.getHeightDir();
		assertThat(left).as("left of %s", glyph).isGreaterThan(frame);
		assertThat(right).as("right of %s", glyph).isLessThan(width - frame);
		assertThat(top).as("top of %s", glyph).isGreaterThan(frame);
		assertThat(baseline).as("baseline of %s", glyph).isLessThan(height - frame);
		float qrLeft = CertificatePdf.RIGHT - CertificatePdf.QR_SIZE;
		float qrTop = height - CertificatePdf.QR_BOTTOM - CertificatePdf.QR_SIZE;
		boolean onTheQrCode = right > qrLeft && baseline > qrTop;
		assertThat(onTheQrCode).as("%s on the QR code", glyph).isFalse();
	}

}
