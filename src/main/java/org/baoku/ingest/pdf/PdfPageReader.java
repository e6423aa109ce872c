package org.baoku.ingest.pdf;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import org.baoku.analysis.Ideographs;
import org.baoku.ingest.ocr.Deskew;
import org.baoku.ingest.ocr.OcrLine;
import org.baoku.ingest.ocr.OcrReader;
import org.baoku.ingest.ocr.Pulse;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.RealText;
import org.baoku.ingest.split.SplitArticle;
import org.baoku.ingest.split.SplitPage;
import org.baoku.ingest.split.SplitProfile;
import org.baoku.ingest.split.TypeStyles;

/**
 * Reads a page PDF: checks it (one page, not encrypted, no scripts or attached files, a text layer), reads its glyphs
 * with their positions ({@link PdfGlyphReader}) and splits them by layout ({@link LayoutSplitter}). A file that
 * fails a check, cannot be parsed, or takes longer than the time limit is refused with a reason ({@link BoundedReading}).
 */
public final class PdfPageReader {

	/** The most a page PDF may take to read; a crafted file can make a parser spin. */
	public static final Duration TIME_LIMIT = PdfLimits.TIME_LIMIT;

	private PdfPageReader() {
	}

	/**
	 * A page as read from its PDF: its articles and banners, the regions each article is printed in (PDF points from
	 * the top left), the text in reading order, the page's size in points, and for a scanned page what OCR read with
	 * how sure it was (null for a text layer).
	 */
	public record PdfReading(SplitPage page, List<List<Region>> regions, String text, double width, double height,
			List<String> explanation, ScanText scan) {

		/** The text was read by OCR from the page's image. */
		public boolean ocr() {
			return scan != null;
		}

	}

	/** Whether these bytes are a PDF file (its header), whatever the file is called. */
	public static boolean isPdf(byte[] bytes) {
		return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
				&& bytes[4] == '-';
	}

	public static PdfReading read(byte[] bytes, Set<String> knownReporters) {
		return read(bytes, knownReporters, TIME_LIMIT);
	}

	/**
	 * Reads within {@code limit}; past it, or failing in any way, the page is refused with a reason in words. A page
	 * with no text layer (a scan) is rendered within that limit and read by OCR within {@link PdfLimits#OCR_TIME_LIMIT}.
	 */
	public static PdfReading read(byte[] bytes, Set<String> knownReporters, Duration limit) {
		Pulse.beat(Pulse.Stage.READING_FILE);
		Read read = BoundedReading.within(limit, () -> readNow(bytes, knownReporters));
		return read.reading() != null ? read.reading() : ocr(read.scan(), read.width(), read.height(), knownReporters);
	}

	/** A page read from its text layer, or rendered for OCR. */
	private record Read(PdfReading reading, BufferedImage scan, double width, double height) {
	}

	private static Read readNow(byte[] bytes, Set<String> knownReporters) throws IOException {
		try (PDDocument document = load(bytes)) {
			PdfChecks.check(document);
			PDPage page = document.getPage(0);
			PDRectangle box = page.getCropBox();
			List<Glyph> glyphs = PdfGlyphReader.read(document);
			if (!hasTextLayer(glyphs)) {
				// No text layer (a scan), or one that decodes to no prose (fonts without a way back to Unicode, as
				// some older Founder PDFs have): the page is read from its image instead.
				return new Read(null, render(document, box), box.getWidth(), box.getHeight());
			}
			Pulse.beat(Pulse.Stage.SPLITTING);
			// From here on a failure is the reader's, not the file's: the page is kept, split or not.
			PageRules.Drawn drawn = UnsplitPage.drawnOrNone(() -> PageRules.read(page));
			LayoutSplitter.Result result = UnsplitPage.linesThenSplit(() -> LineBuilder.lines(glyphs, drawn.uprights()),
					() -> plainText(document), box.getWidth(), box.getHeight(),
					lines -> doubtedForItsType(LayoutSplitter.split(PageRoles.guessed(lines, box.getWidth(), box.getHeight()),
							drawn.rules(), knownReporters), lines).ordered());
			return new Read(new PdfReading(result.page(), result.regions(), PageText.of(result), box.getWidth(),
					box.getHeight(), result.explanation(), null), null, 0, 0);
		}
	}

	/**
	 * A page set in type its paper's checked pages were not, or, where no profile is in force for its paper, in type
	 * none of the pages the rules were checked on is ({@link KnownType}): the rules were never checked on such a page,
	 * so every article of it goes to review. A profile that learned no type (fitted on text, or on pages whose type
	 * varies) doubts no page for its type: editors checked the paper's pages and fitted it.
	 */
	private static LayoutSplitter.Result doubtedForItsType(LayoutSplitter.Result result, List<TextLine> lines) {
		if (lines.isEmpty()) {
			return result;
		}
		SplitProfile profile = SplitProfile.current();
		TypeStyles known = profile.typeStyles();
		PageFaces faces = PageFaces.of(lines);
		if (!known.isEmpty() && faces.unlike(known)) {
			return result.doubtedAsAWhole(Doubts.UNLIKE_PROFILE,
					faces.against("the paper's checked pages", known.body(), known.headingFaces()));
		}
		if (profile.equals(SplitProfile.DEFAULT) && faces.unlikeAnyKnown(KnownType.BODY_FACES, KnownType.HEADING_FACES)) {
			return result.doubtedAsAWhole(Doubts.UNLIKE_KNOWN,
					faces.against("faces the rules were checked on", KnownType.BODY_FACES, KnownType.HEADING_FACES));
		}
		return result;
	}

	/** The page's text as PDFBox's own stripper lays it out by position, folded as the glyphs are. */
	private static String plainText(PDDocument document) {
		try {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			return Ideographs.unify(stripper.getText(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Enough glyphs that decode to prose: a page read from its text layer, not by OCR from its image. */
	static boolean hasTextLayer(List<Glyph> glyphs) {
		return glyphs.size() >= LayoutTuning.MIN_TEXT_GLYPHS && isProse(glyphs);
	}

	private static boolean isProse(List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		glyphs.forEach(g -> text.append(g.text()));
		return RealText.hasSentence(text.toString());
	}

	/** The page as an image for OCR, at its resolution; a page too big for that is refused. */
	static BufferedImage render(PDDocument document, PDRectangle box) throws IOException {
		float dpi = OcrReader.renderDpi();
		long width = Math.round(box.getWidth() * dpi / 72);
		long height = Math.round(box.getHeight() * dpi / 72);
		if (!OcrReader.fits(width, height)) {
			throw new PdfRefusedException("pdfTooBigToRead", "the scanned page is %d × %d pixels at %.0f dpi, too big to read"
				.formatted(width, height, dpi), width, height);
		}
		return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
	}

	/**
	 * A scanned page read by OCR, its lines split by the same layout rules as a PDF's: the page levelled first, its
	 * rules found on the image, and the articles' regions placed back on the page as scanned.
	 */
	private static PdfReading ocr(BufferedImage scan, double width, double height, Set<String> knownReporters) {
		ScanLines scanLines;
		try {
			scanLines = ScanLines.read(scan, false);
		}
		catch (OcrReader.Refused ex) {
			throw new PdfRefusedException("pdfOcrRefused", "OCR did not read the scanned page: " + ex.getMessage(),
					ex.getMessage());
		}
		Deskew.Levelled level = scanLines.level();
		List<OcrLine> ocr = scanLines.read();
		double pointsPerPixel = scanLines.pointsPerPixel();
		ColumnLabels.Found labelled = scanLines.labelled();
		ScanRoles.Read set = ScanRoles.of(scanLines.guessed());
		List<TextLine> lines = set.lines();
		if (lines.stream().mapToInt(l -> l.glyphs().size()).sum() < LayoutTuning.MIN_TEXT_GLYPHS) {
			throw new PdfRefusedException("pdfNoText",
					"the PDF has no text layer, and OCR found no text on the page either");
		}
		LayoutSplitter.Result result = UnsplitPage.splitOrWhole(lines, scanLines.width(), scanLines.height(),
				() -> LayoutSplitter.split(lines, ImageRules.find(level.image(), ocr, pointsPerPixel), knownReporters,
						Optional.empty()));
		// Weighed once OCR's measure of each article is in: the scan's own doubt model, not a PDF's.
		ScanText.Measured sure = ScanText.measure(ScannedPage.withoutLettering(labelled.text()), result.regions(),
				pointsPerPixel);
		List<ScanDoubts.Weighed> weighed = ScanDoubts.weigh(result.page().articles(), sure,
				ScanLines.learned() ? ScanDoubts.model() : Optional.empty());
		List<SplitArticle> articles = weighed.stream().map(ScanDoubts.Weighed::article).toList();
		List<String> explanation = new ArrayList<>();
		for (int i = 0; i < result.explanation().size(); i++) {
			explanation.add(result.explanation().get(i) + (i < weighed.size() ? weighed.get(i).why() : ""));
		}
		List<String> labels = labelled.labels().stream().map(OcrLine::text).toList();
		labels.forEach(label -> explanation.add(0, "column label beside its logo, set aside: " + label));
		set.inPictures().forEach(l -> explanation.add(0, "read inside a picture, set aside: " + l.text() + " (" + l.role() + ")"));
		if (level.degrees() != 0) {
			explanation.add(0, "scan levelled by %.2f°".formatted(level.degrees()));
		}
		List<String> banners = new ArrayList<>(result.page().banners());
		banners.addAll(labels);
		UnaryOperator<Region> scanned = r -> scanned(r, level, pointsPerPixel);
		return new PdfReading(new SplitPage(articles, List.copyOf(banners)),
				result.regions().stream().map(article -> article.stream().map(scanned).toList()).toList(),
				PageText.of(result), width, height, List.copyOf(explanation), sure.text().moved(scanned));
	}

	/** A region found on the levelled page, moved to where it lies on the page as scanned. */
	private static Region scanned(Region r, Deskew.Levelled level, double pointsPerPixel) {
		if (level.degrees() == 0) {
			return r;
		}
		Point2D middle = level.scanned((r.x() + r.width() / 2) / pointsPerPixel, (r.y() + r.height() / 2) / pointsPerPixel);
		return new Region(middle.getX() * pointsPerPixel - r.width() / 2, middle.getY() * pointsPerPixel - r.height() / 2,
				r.width(), r.height(), r.text());
	}

	/** Loads a PDF; an encrypted one is refused as such. */
	static PDDocument load(byte[] bytes) throws IOException {
		try {
			return Loader.loadPDF(ReadingStop.current().source(bytes));
		}
		catch (InvalidPasswordException ex) {
			throw new PdfRefusedException("pdfEncrypted", "the PDF is encrypted (password protected)");
		}
	}

}
