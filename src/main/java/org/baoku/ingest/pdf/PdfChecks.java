package org.baoku.ingest.pdf;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * What a page PDF must be before it is read: one page, not encrypted, and nothing active in it (JavaScript, attached
 * files), since the archive keeps the file and serves it back to readers.
 */
final class PdfChecks {

	private PdfChecks() {
	}

	/** A page file: one page, nothing active in the file or on the page. */
	static void check(PDDocument document) throws IOException {
		checkDocument(document);
		int pages = document.getNumberOfPages();
		if (pages != 1) {
			throw new PdfRefusedException("pdfPages",
					("the PDF has %d pages; a page file holds one printed page (a whole issue named 报纸_YYYY-MM-DD.pdf is "
							+ "split into its pages when asked: ingest --split-pages, or 拆分整期 PDF on the bulk page)")
						.formatted(pages), pages);
		}
		checkPage(document.getPage(0));
	}

	/** The file as a whole: not encrypted, no JavaScript or embedded files in its catalog. */
	static void checkDocument(PDDocument document) throws IOException {
		if (document.isEncrypted()) {
			throw new PdfRefusedException("pdfEncrypted", "the PDF is encrypted (password protected)");
		}
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		PDDocumentNameDictionary names = catalog.getNames();
		if (catalog.getOpenAction() instanceof PDActionJavaScript || names != null && names.getJavaScript() != null
				|| catalog.getCOSObject().containsKey("AA")) {
			throw active("JavaScript");
		}
		if (names != null && names.getEmbeddedFiles() != null) {
			throw active("embedded files");
		}
	}

	/**
	 * One page: no actions, no file attachments, no links or widgets that run JavaScript, no image larger than a
	 * reader's page could be drawn from ({@link PdfLimits#MAX_IMAGE_PIXELS}), no content that decodes to more than a
	 * page's could ({@link PdfLimits#maxDecodedContentBytes()}).
	 */
	static void checkPage(PDPage page) throws IOException {
		DecodedContent content = new DecodedContent();
		Iterator<PDStream> streams = page.getContentStreams();
		while (streams.hasNext()) {
			content.measure(streams.next().getCOSObject());
		}
		checkResources(page.getResources(), 0, content);
		if (page.getCOSObject().containsKey("AA")) {
			throw active("JavaScript");
		}
		for (PDAnnotation annotation : page.getAnnotations()) {
			if (annotation instanceof PDAnnotationFileAttachment) {
				throw active("embedded files");
			}
			if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionJavaScript
					|| annotation instanceof PDAnnotationWidget widget && widget.getAction() instanceof PDActionJavaScript) {
				throw active("JavaScript");
			}
		}
	}

	/**
	 * The images a page's resources declare, by their declared size (nothing is decoded), and what its forms' content
	 * decodes to, following forms a few levels deep.
	 */
	private static void checkResources(PDResources resources, int depth, DecodedContent content) throws IOException {
		if (resources == null || depth > PdfLimits.MAX_RESOURCE_DEPTH) {
			return;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject image) {
				long pixels = (long) Math.max(0, image.getWidth()) * Math.max(0, image.getHeight());
				if (pixels > PdfLimits.MAX_IMAGE_PIXELS) {
					throw new PdfRefusedException("pdfImageTooLarge",
							"the PDF holds an image of %d × %d pixels, more than a page is drawn from (%d million)"
								.formatted(image.getWidth(), image.getHeight(), PdfLimits.MAX_IMAGE_PIXELS / 1_000_000),
							image.getWidth(), image.getHeight(), PdfLimits.MAX_IMAGE_PIXELS / 1_000_000);
				}
			}
			else if (object instanceof PDFormXObject form && content.measure(form.getCOSObject())) {
				checkResources(form.getResources(), depth + 1, content);
			}
		}
	}

	/**
	 * What a page's content streams decode to, added up as they are measured and refused past
	 * {@link PdfLimits#maxDecodedContentBytes()}. A deflated stream (what every PDF writer makes) is inflated here
	 * into a small buffer and counted, before PDFBox would decode it whole into memory; other filters are left to it.
	 */
	private static final class DecodedContent {

		private final long limit = PdfLimits.maxDecodedContentBytes();

		private final byte[] buffer = new byte[64 * 1024];

		private long total;

		/** Each stream once, however often the page's forms refer to it (a form may even refer to itself). */
		private final Set<COSStream> measured = Collections.newSetFromMap(new IdentityHashMap<>());

		/** Measures the stream; false when it was measured before. */
		boolean measure(COSStream stream) throws IOException {
			if (!measured.add(stream)) {
				return false;
			}
			COSBase filters = stream.getFilters();
			if (filters == null) {
				add(stream.getLength());
			}
			else if (COSName.FLATE_DECODE.equals(filters) || filters instanceof COSArray array && array.size() == 1
					&& COSName.FLATE_DECODE.equals(array.getObject(0))) {
				try (InputStream inflated = new InflaterInputStream(stream.createRawInputStream())) {
					for (int n = inflated.read(buffer); n > 0; n = inflated.read(buffer)) {
						add(n);
					}
				}
				catch (ZipException | EOFException ex) {
					// Damaged or cut short: PDFBox reads what it can of it, as of any damaged stream.
				}
			}
			return true;
		}

		private void add(long bytes) {
			total += bytes;
			if (total > limit) {
				long megabytes = limit >> 20;
				throw new PdfRefusedException("pdfTooDemanding",
						"the PDF's page content decodes to more than %d MB; it may be damaged or built to exhaust readers"
							.formatted(megabytes));
			}
		}

	}

	private static PdfRefusedException active(String what) {
		return new PdfRefusedException("pdfActive",
				"the PDF holds %s; a page file may hold only the printed page".formatted(what), what);
	}

}
