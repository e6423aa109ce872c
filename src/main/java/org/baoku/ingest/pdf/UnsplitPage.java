package org.baoku.ingest.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;

/**
 * A page the layout reader fails on is still kept: the file was read (its lines are there), only the split failed,
 * so the page's text is stored unsplit as one article, sent to review saying why and searchable at once. A reader
 * failure is a fault of ours, never reported as a damaged file.
 */
final class UnsplitPage {

	private static final Logger log = LoggerFactory.getLogger(UnsplitPage.class);

	private UnsplitPage() {
	}

	/** The split, or where it fails (a refusal or a stop past the time limit aside) the page as one article. */
	static LayoutSplitter.Result splitOrWhole(List<TextLine> lines, double width, double height,
			Supplier<LayoutSplitter.Result> split) {
		try {
			return split.get();
		}
		catch (PdfRefusedException | ReadingStop.Stopped ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.error("The layout reader failed on a page of {} lines; its text is kept unsplit for review", lines.size(), ex);
			return whole(lines, width, height, ex);
		}
	}

	/**
	 * The rules and uprights drawn on the page, or where reading them fails none: the page's text was read, and a page
	 * split without its rules is better than a page lost.
	 */
	static PageRules.Drawn drawnOrNone(Drawing drawing) {
		try {
			return drawing.read();
		}
		catch (ReadingStop.Stopped ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			log.error("Reading the rules drawn on a page failed; the page is split without them", ex);
			return PageRules.Drawn.NONE;
		}
	}

	/** The rules drawn on a page, as PDFBox reads them. */
	interface Drawing {

		PageRules.Drawn read() throws IOException;

	}

	/**
	 * The page split from its lines; where building the lines fails, the page's text as PDFBox lays it out (its own
	 * text stripper, in reading order by position) kept unsplit as one article.
	 */
	static LayoutSplitter.Result linesThenSplit(Supplier<List<TextLine>> building, Supplier<String> plainText,
			double width, double height, Function<List<TextLine>, LayoutSplitter.Result> split) {
		List<TextLine> lines;
		try {
			lines = building.get();
		}
		catch (PdfRefusedException | ReadingStop.Stopped ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.error("Building a page's lines from its glyphs failed; its text is kept unsplit for review", ex);
			String text;
			try {
				text = plainText.get();
			}
			catch (RuntimeException again) {
				// PDFBox could not lay the text out either: that is the file's fault after all; ours goes with it.
				again.addSuppressed(ex);
				throw again;
			}
			return whole(text, width, height, ex);
		}
		return splitOrWhole(lines, width, height, () -> split.apply(lines));
	}

	static LayoutSplitter.Result whole(List<TextLine> lines, double width, double height, Throwable why) {
		return whole(lines.stream().map(TextLine::text).collect(Collectors.joining("\n")), width, height, why);
	}

	private static LayoutSplitter.Result whole(String text, double width, double height, Throwable why) {
		String body = text.lines().map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
		SplitArticle article = new SplitArticle(Headline.NONE, null, null, null, List.of(), false, body, 0.0,
				List.of(Doubts.READER_FAILED), Map.of());
		Region page = Region.of(0, 0, width, height);
		return new LayoutSplitter.Result(List.of(article), List.of(List.of(page)), List.of(),
				List.of("the layout reader failed (" + why.getClass().getSimpleName() + "): the page's text is kept unsplit as one article"),
				List.of(false));
	}

}
