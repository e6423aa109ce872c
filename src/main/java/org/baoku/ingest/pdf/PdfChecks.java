package org.baoku.ingest.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
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
	 * reader's page could be drawn from ({@link PdfLimits#MAX_IMAGE_PIXELS}).
	 */
	static void checkPage(PDPage page) throws IOException {
		checkImages(page.getResources(), 0);
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
	 * The images a page's resources declare, by their declared size (nothing is decoded), following forms a few levels
	 * deep.
	 */
	private static void checkImages(PDResources resources, int depth) throws IOException {
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
			else if (object instanceof PDFormXObject form && form.getResources() != resources) {
				checkImages(form.getResources(), depth + 1);
			}
		}
	}

	private static PdfRefusedException active(String what) {
		return new PdfRefusedException("pdfActive",
				"the PDF holds %s; a page file may hold only the printed page".formatted(what), what);
	}

}
