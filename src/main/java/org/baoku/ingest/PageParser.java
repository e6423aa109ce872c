package org.baoku.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.analysis.Ideographs;
import org.baoku.ingest.entity.OfficialExtractor;
import org.baoku.ingest.pdf.PageImages;
import org.baoku.ingest.pdf.PdfPageReader;
import org.baoku.ingest.pdf.PdfRefusedException;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.PageSplitter;
import org.baoku.ingest.split.SplitArticle;
import org.baoku.ingest.split.SplitPage;

/**
 * The ingest pipeline up to storage: decode → lines → blocks → articles → entities. A page PDF is read with the
 * positions of its glyphs ({@link PdfPageReader}); a text page is decoded and split as text.
 */
public final class PageParser {

	private static final Logger log = LoggerFactory.getLogger(PageParser.class);

	private final PageSplitter splitter;

	private final OfficialExtractor officials;

	private final Set<String> knownReporters;

	public PageParser() {
		this(Set.of(), Set.of());
	}

	/**
	 * @param knownReporters reporters already in the archive (the gazetteer that settles glued bylines)
	 * @param knownOfficials officials already in the archive (names taken as they stand after a title)
	 */
	public PageParser(Set<String> knownReporters, Set<String> knownOfficials) {
		this.splitter = new PageSplitter(knownReporters);
		this.knownReporters = Set.copyOf(knownReporters);
		this.officials = new OfficialExtractor(knownOfficials);
	}

	/**
	 * A page file: a page PDF read by its layout, a page image as the image-only PDF it is kept as (read by OCR),
	 * anything else decoded and split as text.
	 */
	public ParsedPage parse(byte[] file) {
		byte[] raw = asPageFile(file);
		if (PdfPageReader.isPdf(raw)) {
			PdfPageReader.PdfReading pdf;
			try {
				pdf = PdfPageReader.read(raw, knownReporters);
			}
			catch (PdfRefusedException ex) {
				IngestReason reason = new IngestReason(ex.code(), List.copyOf(ex.args()), ex.getMessage());
				throw new UnreadablePageException(raw != file ? ofTheScan(reason) : reason);
			}
			List<ParsedArticle> articles = pdf.page().articles().stream().map(this::withOfficials).toList();
			return new ParsedPage(articles, pdf.page().banners(), pdf.text(),
					new ParsedPage.Layout(pdf.width(), pdf.height(), pdf.regions(), pdf.scan()));
		}
		return parse(PageDecoder.decode(raw));
	}

	/**
	 * Why a scan was refused, said of the scan: one of several pages (a TIFF) is kept as a PDF of as many, whose
	 * refusal would name a PDF the admin never sent.
	 */
	static IngestReason ofTheScan(IngestReason reason) {
		if (!"pdfPages".equals(reason.code())) {
			return reason;
		}
		Object pages = reason.args().isEmpty() ? "?" : reason.args().get(0);
		return IngestReason.of("scanPages", ("the scan holds %s pages; a page file holds one printed page (a whole "
				+ "issue's scan named 报纸_YYYY-MM-DD.tif is split into its pages on the bulk page with 拆分整期, or by "
				+ "ingest --split-pages)").formatted(pages), pages);
	}

	/** The file as it is read and kept: a page image becomes an image-only PDF ({@link PageImages}). */
	public static byte[] asPageFile(byte[] file) {
		if (!PageImages.isImage(file)) {
			return file;
		}
		try {
			return PageImages.asPdf(file);
		}
		catch (PdfRefusedException ex) {
			throw new UnreadablePageException(new IngestReason(ex.code(), List.copyOf(ex.args()), ex.getMessage()));
		}
	}

	/** The page with its file as it is read and kept ({@link #asPageFile(byte[])}). */
	public static RawPage asPageFile(RawPage page) {
		byte[] file = asPageFile(page.bytes());
		return file == page.bytes() ? page
				: new RawPage(page.newspaper(), page.date(), page.pageLabel(), page.fileName(), file);
	}

	/** A text page: its radicals read as the ideographs they stand for ({@link Ideographs}), then split. */
	public ParsedPage parse(String raw) {
		String text = Ideographs.unify(raw);
		SplitPage page = splitOrWhole(text);
		List<ParsedArticle> articles = page.articles().stream().map(this::withOfficials).toList();
		return new ParsedPage(articles, page.banners(), text, null);
	}

	/**
	 * The text's split; where the splitter fails, the text kept unsplit as one article sent to review saying why (a
	 * failure of ours, not of the file).
	 */
	private SplitPage splitOrWhole(String text) {
		try {
			return splitter.split(text);
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.error("The splitter failed on a text page of {} characters; its text is kept unsplit for review",
					text.length(), ex);
			String body = text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
			return new SplitPage(List.of(new SplitArticle(Headline.NONE, null, null, null, List.of(), false, body, 0.0,
					List.of(Doubts.READER_FAILED), Map.of())), List.of());
		}
	}

	private ParsedArticle withOfficials(SplitArticle article) {
		String text = article.headline().full() + "\n" + article.body();
		return new ParsedArticle(article, officials.extract(text, article.reporterNames()));
	}

}
