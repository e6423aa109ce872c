package org.baoku.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/** Image files for tests: TIFFs as scanners write them, JPEGs of a quality, PNGs with extra chunks or a false size. */
public final class ImageFiles {

	private ImageFiles() {
	}

	/**
	 * A TIFF of the pages with the compression given, each in one strip (as scanners write them) or in the writer's
	 * many, saying its resolution when {@code dpi} is more than 0.
	 */
	public static byte[] tiff(List<BufferedImage> pages, String compression, boolean oneStrip, float dpi)
			throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType(compression);
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				IIOMetadata metadata = null;
				if (oneStrip || dpi > 0) {
					TIFFDirectory directory = TIFFDirectory.createFromMetadata(
							writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param));
					BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
					if (oneStrip) {
						directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_ROWS_PER_STRIP),
								TIFFTag.TIFF_LONG, 1, new long[] { page.getHeight() }));
					}
					if (dpi > 0) {
						long[][] resolution = { { Math.round(dpi), 1 } };
						directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION),
								TIFFTag.TIFF_RATIONAL, 1, resolution));
						directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION),
								TIFFTag.TIFF_RATIONAL, 1, resolution));
						directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
								TIFFTag.TIFF_SHORT, 1, new char[] { BaselineTIFFTagSet.RESOLUTION_UNIT_INCH }));
					}
					metadata = directory.getAsMetadata();
				}
				writer.writeToSequence(new IIOImage(page, null, metadata), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	public static byte[] jpeg(BufferedImage image, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** A PNG whose header claims the size given and whose data is a few bytes: a decompression bomb's shape. */
	public static byte[] pngClaiming(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put(new byte[4]);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR", header.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** The PNG with a text note added before its end: another file (another hash) of the same pixels. */
	public static byte[] withNote(byte[] png, String note) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// Before the last chunk (IEND, 12 bytes).
		out.write(png, 0, png.length - 12);
		chunk(out, "tEXt", ("Comment\0" + note).getBytes(StandardCharsets.ISO_8859_1));
		out.write(png, png.length - 12, 12);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
