package org.baoku.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Page PDFs as scans of them, for measuring OCR against the PDFs' own text and gold: a clean grey render (PNG), a
 * scan-like one (skewed by up to a degree, blurred, speckled, saved as a JPEG of quality 40, as the issue asks) and a
 * bilevel CCITT G4 TIFF of the skewed page at 300 dpi, thresholded as a bilevel scanner does. Each variant is drawn from the page's name, so a rerun makes the same
 * files. {@code main}: {@code ScanImages [--one-kind] DPI OUT PDF...} writes {@code OUT/clean}, {@code OUT/scan} and {@code OUT/g4}
 * (with {@code --one-kind}, one kind a page in turn, in {@code OUT}: the scan reader's training scans).
 */
public final class ScanImages {

	/** The kinds of scan made of each page, and the folder each goes to. */
	public enum Kind {
		CLEAN("png"), SCAN("jpg"), G4("tif");

		final String extension;

		Kind(String extension) {
			this.extension = extension;
		}
	}

	/** The resolution bilevel scans are made at (and say they are, so that the page keeps its size). */
	static final float G4_DPI = 300;

	private ScanImages() {
	}

	public static byte[] scan(byte[] pdf, float dpi, Kind kind, String name) throws IOException {
		// A bilevel scanner reads at a finer resolution: thin strokes thresholded at 200 dpi break up.
		float resolution = kind == Kind.G4 ? Math.max(dpi, G4_DPI) : dpi;
		BufferedImage page;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			page = new PDFRenderer(document).renderImageWithDPI(0, resolution, ImageType.GRAY);
		}
		if (kind == Kind.CLEAN) {
			return png(page);
		}
		Random random = new Random(name.hashCode());
		BufferedImage skewed = skew(page, (random.nextBoolean() ? 1 : -1) * (0.3 + 0.7 * random.nextDouble()));
		// A bilevel scanner thresholds the page as it reads it: skewed, not blurred or speckled first.
		return kind == Kind.SCAN ? ImageFiles.jpeg(speckle(blur(skewed), random), 0.4f) : g4(skewed, resolution);
	}

	private static BufferedImage skew(BufferedImage page, double degrees) {
		BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return out;
	}

	private static BufferedImage blur(BufferedImage page) {
		float[] k = { 1, 2, 1, 2, 4, 2, 1, 2, 1 };
		for (int i = 0; i < k.length; i++) {
			k[i] /= 16f;
		}
		BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(page, out);
	}

	/** Grey noise over the page (sigma 12 levels) and a few dark specks, as old paper and dust leave. */
	private static BufferedImage speckle(BufferedImage page, Random random) {
		WritableRaster raster = page.getRaster();
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				int v = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * 12);
				raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
			}
		}
		for (int i = 0; i < page.getWidth() * page.getHeight() / 20_000; i++) {
			int x = random.nextInt(page.getWidth() - 2);
			int y = random.nextInt(page.getHeight() - 2);
			raster.setSample(x, y, 0, 40);
			raster.setSample(x + 1, y, 0, 60);
		}
		return page;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** Thresholded to black and white and fax-coded in one strip, as a microfilm scanner writes it. */
	private static byte[] g4(BufferedImage grey, float dpi) throws IOException {
		BufferedImage bilevel = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < grey.getHeight(); y++) {
			for (int x = 0; x < grey.getWidth(); x++) {
				bilevel.getRaster().setSample(x, y, 0, grey.getRaster().getSample(x, y, 0) < 170 ? 0 : 1);
			}
		}
		return ImageFiles.tiff(List.of(bilevel), "CCITT T.6", true, dpi);
	}

	public static void main(String[] args) throws IOException {
		// --one-kind: each page made as one kind only, in turn by name (clean, worn, G4, clean …): training scans,
		// every kind seen once a page, in OUT itself.
		boolean oneKind = args[0].equals("--one-kind");
		List<String> rest = List.of(args).subList(oneKind ? 1 : 0, args.length);
		float dpi = Float.parseFloat(rest.get(0));
		Path out = Path.of(rest.get(1));
		List<String> pdfs = rest.subList(2, rest.size()).stream().sorted().toList();
		for (int i = 0; i < pdfs.size(); i++) {
			Path pdf = Path.of(pdfs.get(i));
			String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
			byte[] bytes = Files.readAllBytes(pdf);
			for (Kind kind : oneKind ? List.of(Kind.values()[i % Kind.values().length]) : List.of(Kind.values())) {
				Path folder = Files.createDirectories(oneKind ? out : out.resolve(kind.name().toLowerCase()));
				Files.write(folder.resolve(name + "." + kind.extension), scan(bytes, dpi, kind, name));
			}
		}
		try (Stream<Path> made = Files.walk(out)) {
			System.out.println("scans: " + made.filter(Files::isRegularFile).count() + " files in " + out);
		}
	}

}
