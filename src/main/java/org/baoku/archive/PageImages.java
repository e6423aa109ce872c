package org.baoku.archive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.baoku.web.BusyException;
import org.baoku.web.UnprocessableException;

/**
 * Renders a kept page PDF to a PNG at screen resolution, once: the image is cached next to the PDFs by the file's
 * hash, so it is rendered again only when the cache is cleared. A PDF may declare any page size (14,400 pt a side, more
 * with UserUnit), so the scale is chosen to fit a pixel budget, and only a few renders run at once: a reader who
 * finds them all busy is told to come back (503), and a PDF that cannot be drawn is answered 422, never an error that
 * takes the server down.
 */
@Component
class PageImages {

	private static final Logger log = LoggerFactory.getLogger(PageImages.class);

	/** Screen resolution: a tabloid page is about 1,300 px high, enough to read headlines and see the layout. */
	static final float DPI = 80;

	/** At most this many pixels an image (about 4,000 × 4,000; 64 MB as RGB while it is drawn). */
	static final double MAX_PIXELS = 16_000_000;

	/** And at most this many pixels a side, so a long thin page is not a strip no browser shows. */
	static final double MAX_SIDE = 8_000;

	/**
	 * The enlargements a reader may ask for: 2 and 4 times screen resolution (160 and 320 dpi, within the pixel
	 * budget), enough to read body type set at 5 to 6 pt.
	 */
	static final Set<Integer> ZOOMS = Set.of(1, 2, 4);

	/** Renders at once: each holds up to {@link #MAX_PIXELS} in memory. */
	static final int CONCURRENT_RENDERS = 2;

	/** How long a reader waits for a free render before being told to come back. */
	static final Duration RENDER_WAIT = Duration.ofSeconds(20);

	private static final String FAILED = ".failed";

	private final PageFiles files;

	private final Semaphore renders = new Semaphore(CONCURRENT_RENDERS, true);

	PageImages(PageFiles files) {
		this.files = files;
	}

	/** The page's image, rendered now if it is not cached; empty when the PDF is not kept. */
	Optional<Path> image(String sha256) {
		return image(sha256, 1);
	}

	/** The page's image at {@code zoom} times screen resolution (one of {@link #ZOOMS}), within the pixel budget. */
	Optional<Path> image(String sha256, int zoom) {
		if (!ZOOMS.contains(zoom)) {
			throw new IllegalArgumentException("zoom " + zoom);
		}
		Optional<Path> pdf = files.find(sha256);
		if (pdf.isEmpty()) {
			return Optional.empty();
		}
		int dpi = (int) DPI * zoom;
		Path cached = files.cacheDir().resolve(sha256 + "-" + dpi + ".png");
		Path failed = files.cacheDir().resolve(sha256 + "-" + dpi + FAILED);
		if (Files.exists(failed)) {
			throw unrenderable(sha256);
		}
		if (!Files.exists(cached)) {
			renderBounded(pdf.get(), cached, failed, sha256, dpi);
		}
		return Optional.of(cached);
	}

	private void renderBounded(Path pdf, Path target, Path failed, String sha256, float dpi) {
		try {
			if (!renders.tryAcquire(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new BusyException("every page renderer is busy", RENDER_WAIT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BusyException("interrupted while waiting for a page renderer", RENDER_WAIT);
		}
		try {
			// Two readers of one new page may both draw it; the file is written atomically, so either copy serves.
			if (!Files.exists(target)) {
				render(pdf, target, dpi);
			}
		}
		catch (IOException | RuntimeException ex) {
			// A PDF PDFBox cannot draw is remembered, so it is not tried again on every view.
			log.warn("page PDF {} cannot be rendered: {}", pdf.getFileName(), ex.toString());
			try {
				AtomicFiles.write(failed, temp -> Files.writeString(temp, ex.toString()));
			}
			catch (IOException ignored) {
				// it is tried again next time
			}
			throw unrenderable(sha256);
		}
		finally {
			renders.release();
		}
	}

	private static void render(Path pdf, Path target, float dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDPage page = document.getPage(0);
			float scale = scale(page, dpi);
			BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
			AtomicFiles.write(target, temp -> ImageIO.write(image, "png", temp.toFile()));
		}
	}

	/**
	 * Points to pixels: screen resolution, or less where the page is so big that the image would pass the budget.
	 * The page's UserUnit counts, whether or not the renderer applies it, so the budget holds either way.
	 */
	static float scale(PDPage page) {
		return scale(page, DPI);
	}

	/** The same at another resolution (an enlargement). */
	static float scale(PDPage page, float dpi) {
		PDRectangle box = page.getCropBox();
		double unit = Math.max(1, page.getUserUnit());
		double width = Math.abs(box.getWidth()) * unit;
		double height = Math.abs(box.getHeight()) * unit;
		double scale = dpi / 72.0;
		if (width > 0 && height > 0) {
			scale = Math.min(scale, Math.sqrt(MAX_PIXELS / (width * height)));
			scale = Math.min(scale, MAX_SIDE / Math.max(width, height));
		}
		return (float) scale;
	}

	private static UnprocessableException unrenderable(String sha256) {
		return new UnprocessableException("the page PDF " + sha256.substring(0, 12) + "… cannot be drawn as an image");
	}

}
