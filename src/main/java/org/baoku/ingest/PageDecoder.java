package org.baoku.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a raw page. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; bytes that
 * are not UTF-8 are tried as GB18030, the encoding older Chinese tools write, and kept only if they read as
 * Chinese text. Anything else is refused with a message, never half-decoded.
 */
public final class PageDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** GB18030 accepts almost any byte string; real Chinese text is mostly common ideographs and punctuation. */
	private static final double MIN_CJK_SHARE = 0.5;

	private PageDecoder() {
	}

	public static String decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw new UnreadablePageException(IngestReason.of("emptyFile", "the file is empty"));
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16");
		}
		int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		String utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return checked(utf8, "UTF-8");
		}
		String gb = strict(bytes, 0, GB18030);
		if (gb != null && cjkShare(gb) >= MIN_CJK_SHARE) {
			return checked(gb, "GB18030");
		}
		throw new UnreadablePageException(IngestReason.of("wrongEncoding",
				"the file is neither UTF-8 nor GB18030 text (wrong encoding or not a text file)"));
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static String checked(String text, String encoding) {
		if (text == null) {
			throw new UnreadablePageException(
					IngestReason.of("invalidEncoding", "the file is not valid " + encoding + " text", encoding));
		}
		if (text.indexOf('\0') >= 0) {
			throw new UnreadablePageException(IngestReason.of("binary", "the file holds binary data, not text"));
		}
		if (text.isBlank()) {
			throw new UnreadablePageException(IngestReason.of("noText", "the page has no text"));
		}
		return text;
	}

	private static double cjkShare(String text) {
		long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
		long cjk = text.codePoints()
			.filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
					|| (c >= 0xFF00 && c <= 0xFFEF) || c == '“' || c == '”')
			.count();
		return visible == 0 ? 0 : (double) cjk / visible;
	}

}
