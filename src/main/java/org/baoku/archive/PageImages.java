package org.baoku.archive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
	java.util.Optional<Path> image(String sha256) {
		java.util.Optional<Path> pdf = files.find(sha256);
		if (pdf.isEmpty()) {
			return java.util.Optional.empty();
		}
		Path cached = files.cacheDir().resolve(sha256 + "-" + (int) DPI + ".png");
		if (!Files.exists(cached)) {
			render(pdf.get(), cached);
		}
		return java.util.Optional.of(cached);
	}

	private static synchronized void render(Path pdf, Path target) {
		if (Files.exists(target)) {
			return;
		}
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), "render-", ".part");
			try {
				ImageIO.write(image, "png", temp.toFile());
				try {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render page PDF " + pdf.getFileName(), ex);
		}
	}

}
