package org.baoku.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.NodeList;

/**
 * Page images (PNG, JPEG, TIFF with any number of pages, bilevel CCITT G4 included) as the image-only PDF a scanner
 * would have made of them: one PDF page per image, of the size the image's resolution gives, so that a scan takes the
 * PDF path from here on (kept, shown and zoomed as a PDF; read by OCR because it has no text layer; a multi-page TIFF
 * of a whole issue split into pages as a whole-issue PDF is). The pixels are kept as they are: a JPEG's and a G4
 * TIFF's compressed data is copied unchanged, anything else is stored losslessly. Each image's size is read from its
 * header before a pixel is decoded, so a decompression bomb is refused unread. The same image gives the same bytes
 * every time (its file ID is drawn from the image's hash), so a second upload of it is found as a duplicate.
 */
public final class PageImages {

	/** The resolution taken when an image does not say its own (or says something no scanner uses). */
	static final float DEFAULT_DPI = 200;

	private static final float MIN_DPI = 50;

	private static final float MAX_DPI = 2400;

	private PageImages() {
	}

	/** Whether these bytes are a page image this reads (by their signature, whatever the file is called). */
	public static boolean isImage(byte[] bytes) {
		return kind(bytes) != null;
	}

	/** Whether a file name is a page image's (for choosing files from a folder by name). */
	public static boolean isImageName(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|tiff?)$");
	}

	/**
	 * The image as an image-only PDF, one page per image of the file; refused with a reason (a 4xx for an upload)
	 * when it cannot be decoded, holds more images than an issue has pages, or an image is too big.
	 */
	public static byte[] asPdf(byte[] image) {
		try {
			return BoundedReading.within(PdfLimits.TIME_LIMIT, () -> {
				try {
					return convert(image);
				}
				catch (IOException | RuntimeException ex) {
					throw unreadable(ex);
				}
			});
		}
		catch (PdfRefusedException ex) {
			// The reader's own wording names a PDF; the admin gave an image.
			switch (ex.code()) {
				case "pdfTimeout" -> throw new PdfRefusedException("imageTimeout",
						"reading the image took longer than %d s; it may be damaged".formatted(PdfLimits.TIME_LIMIT.toSeconds()),
						PdfLimits.TIME_LIMIT.toSeconds());
				case "pdfTooDemanding" -> throw new PdfRefusedException("imageUnreadable",
						"the image needs more memory to decode than this server gives one file (out of memory)",
						"out of memory");
				default -> throw ex;
			}
		}
	}

	private static PdfRefusedException unreadable(Exception ex) {
		if (ex instanceof PdfRefusedException refused) {
			return refused;
		}
		String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return new PdfRefusedException("imageUnreadable", "the image is damaged or cannot be decoded (" + why + ")", why);
	}

	private enum Kind {
		PNG, JPEG, TIFF
	}

	private static Kind kind(byte[] b) {
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return Kind.PNG;
		}
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return Kind.JPEG;
		}
		if (b.length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
				|| (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42))) {
			return Kind.TIFF;
		}
		return null;
	}

	private static byte[] convert(byte[] bytes) throws IOException {
		Kind kind = kind(bytes);
		if (kind == null) {
			throw new PdfRefusedException("imageUnknown", "the file is no PNG, JPEG or TIFF image");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
				PDDocument document = new PDDocument()) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new PdfRefusedException("imageUnreadable", "the %s image cannot be decoded (no decoder)".formatted(kind),
						"no decoder");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, false, false);
				int count = kind == Kind.TIFF ? reader.getNumImages(true) : 1;
				if (count < 1) {
					throw new PdfRefusedException("imageUnreadable", "the %s file holds no image".formatted(kind), "no image");
				}
				if (count > PdfLimits.MAX_ISSUE_PAGES) {
					throw new PdfRefusedException("imagePages", "the TIFF holds %d pages; an issue is read only up to %d"
						.formatted(count, PdfLimits.MAX_ISSUE_PAGES), count, PdfLimits.MAX_ISSUE_PAGES);
				}
				for (int i = 0; i < count; i++) {
					addPage(document, reader, i, kind, bytes);
				}
			}
			finally {
				reader.dispose();
			}
			document.setDocumentId(ByteBuffer.wrap(sha256(bytes)).getLong());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void addPage(PDDocument document, ImageReader reader, int index, Kind kind, byte[] bytes)
			throws IOException {
		int width = reader.getWidth(index);
		int height = reader.getHeight(index);
		long pixels = (long) width * height;
		if (width <= 0 || height <= 0 || pixels > PdfLimits.MAX_IMAGE_PIXELS) {
			throw new PdfRefusedException("imageTooLarge",
					"the image is %d × %d pixels, more than a page is read from (%d million)"
						.formatted(width, height, PdfLimits.MAX_IMAGE_PIXELS / 1_000_000),
					width, height, PdfLimits.MAX_IMAGE_PIXELS / 1_000_000);
		}
		float[] dpi = dpi(reader.getImageMetadata(index));
		PDImageXObject image = switch (kind) {
			case JPEG -> JPEGFactory.createFromByteArray(document, bytes);
			case TIFF -> ccittOrDecoded(document, reader, index, bytes);
			case PNG -> LosslessFactory.createFromImage(document, reader.read(index));
		};
		PDRectangle size = new PDRectangle(width * 72f / dpi[0], height * 72f / dpi[1]);
		PDPage page = new PDPage(size);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
		}
	}

	/**
	 * A bilevel fax-coded (G3/G4) TIFF page in one strip copied as it is (what PDFBox can copy); any other decoded and
	 * kept losslessly.
	 */
	private static PDImageXObject ccittOrDecoded(PDDocument document, ImageReader reader, int index, byte[] bytes)
			throws IOException {
		try {
			return CCITTFactory.createFromByteArray(document, bytes, index);
		}
		catch (IOException notFaxCoded) {
			BufferedImage image = reader.read(index);
			return LosslessFactory.createFromImage(document, image);
		}
	}

	/** Horizontal and vertical resolution from the image's metadata, else {@link #DEFAULT_DPI}. */
	private static float[] dpi(IIOMetadata metadata) {
		float horizontal = dpi(metadata, "HorizontalPixelSize");
		float vertical = dpi(metadata, "VerticalPixelSize");
		if (Float.isNaN(horizontal) && Float.isNaN(vertical)) {
			return new float[] { DEFAULT_DPI, DEFAULT_DPI };
		}
		horizontal = Float.isNaN(horizontal) ? vertical : horizontal;
		vertical = Float.isNaN(vertical) ? horizontal : vertical;
		return new float[] { horizontal, vertical };
	}

	/** One resolution (millimetres per pixel in the standard metadata) in dots per inch, or NaN when not plausible. */
	private static float dpi(IIOMetadata metadata, String node) {
		if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
			return Float.NaN;
		}
		IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
		NodeList found = root.getElementsByTagName(node);
		if (found.getLength() == 0) {
			return Float.NaN;
		}
		try {
			float mmPerPixel = Float.parseFloat(((IIOMetadataNode) found.item(0)).getAttribute("value"));
			float dpi = 25.4f / mmPerPixel;
			return dpi >= MIN_DPI && dpi <= MAX_DPI ? dpi : Float.NaN;
		}
		catch (NumberFormatException ex) {
			return Float.NaN;
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
