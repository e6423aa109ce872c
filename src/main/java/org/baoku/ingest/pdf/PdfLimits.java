package org.baoku.ingest.pdf;

import java.time.Duration;

/**
 * How much of the machine one PDF may take, in one place. A PDF is a program a stranger wrote: a 794-byte file can
 * claim a billion pages, a page tree can refer to itself, an image can declare more pixels than the heap holds. Each
 * bound is checked from what the file declares before the work it would cost is done, and a file past one is refused
 * with a reason in words; the next file of a bulk job goes on.
 */
public final class PdfLimits {

	private PdfLimits() {
	}

	/** The most a PDF may take to read or split; a crafted file can make a parser spin. */
	public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

	/**
	 * The most a scanned page's OCR may take, the wait for the OCR worker included: a broadsheet page takes a
	 * minute's CPU on one core, and a bulk load queues its pages for the one worker.
	 */
	public static final Duration OCR_TIME_LIMIT = Duration.ofSeconds(Long.getLong("baoku.ocr.timeLimitSeconds", 600));

	/**
	 * The most pages a whole issue's PDF may have. The thickest dailies print about 200 pages on a weekend; labels and
	 * page files are made for every page, so a file claiming more is refused before any is made.
	 */
	public static final int MAX_ISSUE_PAGES = 500;

	/**
	 * The most pixels one image in a page may declare (width × height): about a broadsheet scanned at 600 dpi. Drawing
	 * the page for readers decodes its images, at 3 or 4 bytes a pixel.
	 */
	public static final long MAX_IMAGE_PIXELS = 200_000_000L;

	/**
	 * The share of the heap a page's content may decode to (its content streams and its forms'). PDFBox decodes a
	 * stream whole, in memory, and a few kilobytes of deflated zeros decode to gigabytes; a broadsheet page's content
	 * is a few megabytes.
	 */
	public static final int DECODED_CONTENT_HEAP_SHARE = 8;

	/** The most a page's content may decode to: 256 MiB, or an eighth of the heap when that is less. */
	public static long maxDecodedContentBytes() {
		return Math.min(256L << 20, Runtime.getRuntime().maxMemory() / DECODED_CONTENT_HEAP_SHARE);
	}

	/** Form objects nested deeper than this in a page's resources are not followed (a form may draw itself). */
	public static final int MAX_RESOURCE_DEPTH = 8;

	/**
	 * The share of the heap a whole issue's PDF may be: splitting holds the file, its parsed objects and its pages'
	 * files at once, about four times its size, and searches go on beside it.
	 */
	public static final int ISSUE_HEAP_SHARE = 6;

	/** The largest whole issue's PDF read: 1 GiB, or a sixth of the heap (-Xmx) when that is less. */
	public static long maxIssueBytes() {
		return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / ISSUE_HEAP_SHARE);
	}

}
