package org.baoku.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.baoku.ingest.pdf.PageImages;

/**
 * A file named as a PDF or a page image that is none (a Word file renamed .pdf): refused saying what it is named
 * and what it looks like, instead of being read as text and refused for its encoding.
 */
final class NamedKind {

	private NamedKind() {
	}

	/** Why the file is not what its name says; empty when it is, or when its name says nothing (.txt, no extension). */
	static Optional<IngestReason> misnamed(String fileName, byte[] bytes) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		boolean pdf = name.endsWith(".pdf");
		boolean image = name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".tif")
				|| name.endsWith(".tiff");
		if (!pdf && !image || bytes.length == 0) {
			return Optional.empty();
		}
		if (pdf && isPdf(bytes) || image && PageImages.isImage(bytes)) {
			return Optional.empty();
		}
		int looks = looksLike(bytes);
		String named = pdf ? "a PDF" : "an image";
		// The messages name the kinds by their formats, the same in every language.
		return Optional.of(IngestReason.of("notWhatNamed", "%s is named as %s but is not one: it looks like %s"
			.formatted(fileName, named, LOOKS[looks]), fileName, pdf ? "PDF" : "PNG/JPEG/TIFF", FORMATS[looks]));
	}

	/** What a file looks like, in English, and by its formats for the messages. */
	private static final String[] LOOKS = { "a zip archive (a Word .docx, an Excel .xlsx or a .zip)",
			"an older Microsoft Office file (.doc, .xls)", "a PDF", "an image", "an RTF document", "another kind of file" };

	private static final String[] FORMATS = { "ZIP (.docx, .xlsx, .zip)", "Office 97-2003 (.doc, .xls)", "PDF",
			"PNG/JPEG/TIFF", "RTF", "?" };

	/** "%PDF-" within the first KB, as PDF readers accept it. */
	private static boolean isPdf(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
		return head.contains("%PDF-");
	}

	/** The index in {@link #LOOKS} of what the file looks like by its first bytes. */
	private static int looksLike(byte[] bytes) {
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			return 0;
		}
		if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
				&& (bytes[3] & 0xFF) == 0xE0) {
			return 1;
		}
		if (isPdf(bytes)) {
			return 2;
		}
		if (PageImages.isImage(bytes)) {
			return 3;
		}
		if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equalsIgnoreCase("{\\rtf")) {
			return 4;
		}
		return 5;
	}

}
