package org.baoku.archive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a kept page PDF to a PNG at screen resolution, once: the image is cached next to the PDFs by the file's
 * hash, so it is rendered again only when the cache is cleared.
 */
@Component
class PageImages {

	/** Screen resolution: a tabloid page is about 1,300 px high, enough to read headlines and see the layout. */
	static final float DPI = 80;

	private final PageFiles files;

	PageImages(PageFiles files) {
		this.files = files;
	}

	/** The page's image, rendered now if it is not cached; empty when the PDF is not kept. */
	Optional<Path> image(String sha256) {
		Optional<Path> pdf = files.find(sha256);
		if (pdf.isEmpty()) {
			return Optional.empty();
		}
		Path cached = files.cacheDir().resolve(sha256 + "-" + (int) DPI + ".png");
		if (!Files.exists(cached)) {
			render(pdf.get(), cached);
		}
		return Optional.of(cached);
	}

	private static synchronized void render(Path pdf, Path target) {
		if (Files.exists(target)) {
			return;
		}
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
			AtomicFiles.write(target, temp -> ImageIO.write(image, "png", temp.toFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render page PDF " + pdf.getFileName(), ex);
		}
	}

}
