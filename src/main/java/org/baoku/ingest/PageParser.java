package org.baoku.ingest;

import java.util.List;
import java.util.Set;

import org.baoku.ingest.entity.OfficialExtractor;
import org.baoku.ingest.pdf.PageImages;
import org.baoku.ingest.pdf.PdfPageReader;
import org.baoku.ingest.pdf.PdfRefusedException;
import org.baoku.ingest.split.PageSplitter;
import org.baoku.ingest.split.SplitArticle;
import org.baoku.ingest.split.SplitPage;

/**
 * The ingest pipeline up to storage: decode → lines → blocks → articles → entities. A page PDF is read with the
 * positions of its glyphs ({@link PdfPageReader}); a text page is decoded and split as text.
 */
public final class PageParser {

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
				throw new UnreadablePageException(new IngestReason(ex.code(),
						List.copyOf(ex.args()), ex.getMessage()));
			}
			List<ParsedArticle> articles = pdf.page().articles().stream().map(this::withOfficials).toList();
			return new ParsedPage(articles, pdf.page().banners(), pdf.text(),
					new ParsedPage.Layout(pdf.width(), pdf.height(), pdf.regions(), pdf.scan()));
		}
		return parse(PageDecoder.decode(raw));
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

	public ParsedPage parse(String text) {
		SplitPage page = splitter.split(text);
		List<ParsedArticle> articles = page.articles().stream().map(this::withOfficials).toList();
		return new ParsedPage(articles, page.banners(), text, null);
	}

	private ParsedArticle withOfficials(SplitArticle article) {
		String text = article.headline().full() + "\n" + article.body();
		return new ParsedArticle(article, officials.extract(text, article.reporterNames()));
	}

}
