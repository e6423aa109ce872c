package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OCR's reading kept by the image's pixels: a page read before is answered from the folder (here a reading no OCR
 * could give of a blank image, so that only the folder can have answered), and another image is not; a page read
 * anew is kept there, under its pixels' key.
 */
class OcrCacheTests {

	@TempDir
	Path folder;

	@AfterEach
	void off() {
		System.clearProperty(OcrCache.PROPERTY);
	}

	@Test
	void aPageReadBeforeIsAnsweredFromTheFolderByItsPixels() throws Exception {
		BufferedImage page = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		BufferedImage other = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		other.setRGB(3, 4, 0xffffff);
		List<OcrLine> kept = List.of(new OcrLine("本报记者", 1, 2, 30, 12, List.of(3.0, 9.0, 15.0, 21.0), 0.9, 0.8, false, 0.05));
		new ObjectMapper().writeValue(folder.resolve(OcrCache.key(page) + ".json").toFile(), kept);
		System.setProperty(OcrCache.PROPERTY, folder.toString());

		assertThat(OcrCache.read(page, Duration.ofSeconds(5))).isEqualTo(kept);
		assertThat(OcrCache.key(other)).isNotEqualTo(OcrCache.key(page));
		try (var files = Files.list(folder)) {
			assertThat(files).hasSize(1);
		}
	}

	@Test
	void aPageReadAnewIsKeptInTheFolderUnderItsPixelsKey() throws Exception {
		BufferedImage blank = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		System.setProperty(OcrCache.PROPERTY, folder.toString());

		assertThat(OcrCache.read(blank, Duration.ofSeconds(60))).isEmpty();
		Path kept = folder.resolve(OcrCache.key(blank) + ".json");
		assertThat(new ObjectMapper().readTree(kept.toFile()).isArray()).isTrue();
		try (var files = Files.list(folder)) {
			// written whole, by a file moved into place: no half-written file beside it
			assertThat(files).containsExactly(kept);
		}
	}

}
