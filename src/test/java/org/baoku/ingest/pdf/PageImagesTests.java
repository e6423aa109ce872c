package org.baoku.ingest.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import org.baoku.ingest.ocr.ImageFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Page images become the image-only PDFs a scanner would have made: one page per image, sized by the image's
 * resolution, the JPEG's and the G4 TIFF's data copied unchanged, the rest kept losslessly, the same image always the
 * same bytes; a decompression bomb and a damaged file are refused with a reason, not decoded.
 */
class PageImagesTests {

	@Test
	void aPngBecomesOnePageSizedAtTheDefaultResolutionWithItsPixelsKept() throws IOException {
		BufferedImage page = page(2000, 3000, BufferedImage.TYPE_BYTE_GRAY);
		byte[] png = encode(page, "png");
		assertThat(PageImages.isImage(png)).isTrue();

		byte[] pdf = PageImages.asPdf(png);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDPage only = document.getPage(0);
			assertThat(only.getMediaBox().getWidth()).isCloseTo(2000 * 72f / PageImages.DEFAULT_DPI, within());
			assertThat(only.getMediaBox().getHeight()).isCloseTo(3000 * 72f / PageImages.DEFAULT_DPI, within());
			BufferedImage kept = image(only).getImage();
			assertThat(kept.getWidth()).isEqualTo(2000);
			assertThat(kept.getRaster().getSample(100, 100, 0)).isEqualTo(page.getRaster().getSample(100, 100, 0));
			assertThat(kept.getRaster().getSample(1000, 1500, 0)).isEqualTo(page.getRaster().getSample(1000, 1500, 0));
		}
		assertThat(PageImages.asPdf(png)).as("the same image, the same bytes").isEqualTo(pdf);
	}

	@Test
	void aJpegIsCopiedUnchanged() throws IOException {
		byte[] jpeg = encode(page(1200, 1600, BufferedImage.TYPE_INT_RGB), "jpeg");

		try (PDDocument document = Loader.loadPDF(PageImages.asPdf(jpeg))) {
			PDImageXObject image = image(document.getPage(0));
			assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
			try (var data = image.getCOSObject().createRawInputStream()) {
				assertThat(data.readAllBytes()).isEqualTo(jpeg);
			}
		}
	}

	@Test
	void aMultiPageBilevelG4TiffBecomesOnePagePerImageWithItsFaxCodingKept() throws IOException {
		byte[] tiff = ImageFiles.tiff(List.of(page(1700, 2400, BufferedImage.TYPE_BYTE_BINARY),
				page(1700, 2400, BufferedImage.TYPE_BYTE_BINARY)), "CCITT T.6", true, 0);

		try (PDDocument document = Loader.loadPDF(PageImages.asPdf(tiff))) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			for (PDPage page : document.getPages()) {
				assertThat(image(page).getCOSObject().getFilters()).isEqualTo(COSName.CCITTFAX_DECODE);
				assertThat(image(page).getWidth()).isEqualTo(1700);
			}
		}
	}

	@Test
	void aTiffThatIsNotFaxCodedInOneStripIsDecodedAndKeptLosslessly() throws IOException {
		BufferedImage gray = page(900, 1200, BufferedImage.TYPE_BYTE_GRAY);
		BufferedImage bilevel = page(900, 1200, BufferedImage.TYPE_BYTE_BINARY);

		for (byte[] tiff : List.of(ImageFiles.tiff(List.of(gray), "LZW", false, 0),
				ImageFiles.tiff(List.of(bilevel), "CCITT T.6", false, 0))) {
			try (PDDocument document = Loader.loadPDF(PageImages.asPdf(tiff))) {
				BufferedImage kept = image(document.getPage(0)).getImage();
				BufferedImage original = ImageIO.read(new ByteArrayInputStream(tiff));
				for (int[] at : new int[][] { { 450, 600 }, { 60, 45 }, { 10, 10 } }) {
					assertThat(kept.getRGB(at[0], at[1])).isEqualTo(original.getRGB(at[0], at[1]));
				}
			}
		}
	}

	@Test
	void anImageClaimingTenBillionPixelsIsRefusedUndecoded() {
		byte[] bomb = ImageFiles.pngClaiming(100_000, 100_000);

		assertThatThrownBy(() -> PageImages.asPdf(bomb)).isInstanceOfSatisfying(PdfRefusedException.class,
				ex -> assertThat(ex.code()).isEqualTo("imageTooLarge"));
	}

	@Test
	void aDamagedImageIsRefusedWithAReason() throws IOException {
		byte[] png = encode(page(800, 800, BufferedImage.TYPE_BYTE_GRAY), "png");
		byte[] cut = Arrays.copyOf(png, png.length / 3);

		assertThatThrownBy(() -> PageImages.asPdf(cut)).isInstanceOfSatisfying(PdfRefusedException.class, ex -> {
			assertThat(ex.code()).isEqualTo("imageUnreadable");
			assertThat(ex.getMessage()).startsWith("the image is damaged");
		});
	}

	@Test
	void onlyPngJpegAndTiffSignaturesAreImages() {
		assertThat(PageImages.isImage("%PDF-1.7".getBytes())).isFalse();
		assertThat(PageImages.isImage("人民日报".getBytes())).isFalse();
		assertThat(PageImages.isImage(new byte[] { 'I', 'I', 42, 0 })).isTrue();
		assertThat(PageImages.isImageName("西宁晚报_1987-03-02_01.TIF")).isTrue();
		assertThat(PageImages.isImageName("page.jpeg")).isTrue();
		assertThat(PageImages.isImageName("page.pdf")).isFalse();
	}

	private static Offset<Float> within() {
		return Offset.offset(0.01f);
	}

	private static PDImageXObject image(PDPage page) throws IOException {
		COSName name = page.getResources().getXObjectNames().iterator().next();
		return (PDImageXObject) page.getResources().getXObject(name);
	}

	/** A page with some strokes on it, so that pixels differ from place to place. */
	private static BufferedImage page(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SERIF, Font.BOLD, 40));
		for (int y = 60; y < height; y += 80) {
			g.drawString("Page text line " + y, 40, y);
		}
		g.fillRect(width / 2 - 50, height / 2 - 50, 100, 100);
		g.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

}
