package org.baoku.ingest.ocr;

/** How light a pixel is, 0 (black) to 255 (white): ITU-R BT.601's weights, as the scans' ink thresholds are set in. */
public final class Luma {

	private Luma() {
	}

	public static int of(int rgb) {
		return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
	}

}
