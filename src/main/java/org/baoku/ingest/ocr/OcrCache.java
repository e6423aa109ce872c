package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.baoku.archive.AtomicFiles;

/**
 * What OCR read of a page image, kept in a folder by the image's pixels when {@code -Dbaoku.ocr.cache=DIR} names one:
 * the scan reader is trained and measured on the same generated scans again and again, and OCR takes half a minute a
 * page where the layout takes a second (issue 79). Off unless named; the app never keeps it. The key holds
 * {@link #READING} beside the pixels, so a folder kept past a change to OCR's reading is not read for it.
 */
public final class OcrCache {

	/** The system property naming the folder. */
	public static final String PROPERTY = "baoku.ocr.cache";

	/**
	 * Which reading of OCR a kept file holds: raised whenever OCR reads a page otherwise (its models, its tuning), so
	 * that what an earlier reading kept is read again, not taken for the new one's. 2: gutters from 0.6 of a line's
	 * height; 3: a column's first line under a headline cut too, holes filled before cuts (both 2026-11-29); 4: no
	 * gutter less than a column from a line's left edge where a box beside it starts there too (fifth round, same day).
	 */
	static final int READING = 4;

	/** A line's {@code height()} is written too; read back, it is the box's. */
	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private OcrCache() {
	}

	/** The page's lines ({@link OcrReader#read}), from the folder where they were kept, else read and kept. */
	public static List<OcrLine> read(BufferedImage page, Duration limit) {
		String folder = System.getProperty(PROPERTY);
		if (folder == null || folder.isBlank()) {
			return OcrReader.read(page, limit);
		}
		Path kept = Path.of(folder).resolve(key(page) + ".json");
		try {
			if (Files.isRegularFile(kept)) {
				return JSON.readValue(kept.toFile(), new TypeReference<List<OcrLine>>() {
				});
			}
			List<OcrLine> lines = OcrReader.read(page, limit);
			AtomicFiles.write(kept, temp -> JSON.writeValue(temp.toFile(), lines));
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the OCR cache " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/** The SHA-256 of the reading, the image's size and its pixels. */
	static String key(BufferedImage page) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			int[] row = new int[page.getWidth()];
			ByteBuffer bytes = ByteBuffer.allocate(row.length * 4);
			digest.update(
					ByteBuffer.allocate(12).putInt(READING).putInt(page.getWidth()).putInt(page.getHeight()).array());
			for (int y = 0; y < page.getHeight(); y++) {
				page.getRGB(0, y, row.length, 1, row, 0, row.length);
				bytes.clear();
				bytes.asIntBuffer().put(row);
				digest.update(bytes.array());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
