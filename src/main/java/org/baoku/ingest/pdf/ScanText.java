package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.baoku.ingest.ocr.OcrLine;

/**
 * How sure OCR was of a scanned page's text: each line it read, where it stands on the page (PDF points from the top
 * left) with the recognizer's score and its least sure character, and per article (in the page's order) the score of
 * the lines printed in its regions, weighted by their characters. Null in a reading of a PDF's text layer.
 */
public record ScanText(List<ScannedLine> lines, List<Double> articleConfidence) {

	public ScanText {
		lines = List.copyOf(lines);
		articleConfidence = List.copyOf(articleConfidence);
	}

	/** One line OCR read: its box and text ({@link Region}), its score and its least sure character's probability. */
	public record ScannedLine(Region box, double confidence, double weakest) {

		/** A character in it was read with less than {@link LayoutTuning#OCR_UNSURE_CHARACTER}: an editor checks it. */
		public boolean unsure() {
			return weakest < LayoutTuning.OCR_UNSURE_CHARACTER;
		}

	}

	/**
	 * The page's lines (image pixels, {@code pointsPerPixel} to points) given to the articles whose regions hold
	 * their middles; an article that holds none (a picture's credit read apart) gets the page's score.
	 */
	static Measured measure(List<OcrLine> ocr, List<List<Region>> regions, double pointsPerPixel) {
		List<ScannedLine> lines = new ArrayList<>();
		for (OcrLine l : ocr) {
			String text = l.text().strip();
			if (!text.isEmpty()) {
				lines.add(new ScannedLine(Region.of(l.left() * pointsPerPixel, l.top() * pointsPerPixel,
						l.right() * pointsPerPixel, l.bottom() * pointsPerPixel).withText(text), l.confidence(), l.weakest()));
			}
		}
		double page = score(lines);
		List<Double> confidence = new ArrayList<>();
		List<List<ScannedLine>> unsure = new ArrayList<>();
		List<Double> weakest = new ArrayList<>();
		double pageWeakest = lines.stream().mapToDouble(ScannedLine::weakest).min().orElse(1);
		for (List<Region> article : regions) {
			List<ScannedLine> held = lines.stream().filter(l -> holds(article, l.box())).toList();
			confidence.add(held.isEmpty() ? page : score(held));
			unsure.add(held.stream().filter(ScannedLine::unsure).toList());
			weakest.add(held.stream().mapToDouble(ScannedLine::weakest).min().orElse(pageWeakest));
		}
		return new Measured(new ScanText(lines, confidence), unsure, weakest);
	}

	/**
	 * The page's scan text, and per article the lines OCR was unsure of and how sure it was of its least sure
	 * character.
	 */
	record Measured(ScanText text, List<List<ScannedLine>> unsure, List<Double> weakest) {
	}

	/** The same lines with their boxes moved (to where they lie on the page as scanned). */
	ScanText moved(UnaryOperator<Region> move) {
		return new ScanText(lines.stream().map(l -> new ScannedLine(move.apply(l.box()), l.confidence(), l.weakest())).toList(),
				articleConfidence);
	}

	/** The mean score of the lines' characters; 1 where there is nothing read. */
	private static double score(List<ScannedLine> lines) {
		double sum = 0;
		int characters = 0;
		for (ScannedLine l : lines) {
			int n = l.box().text().codePointCount(0, l.box().text().length());
			sum += l.confidence() * n;
			characters += n;
		}
		return characters == 0 ? 1 : Math.round(sum / characters * 1000) / 1000.0;
	}

	private static boolean holds(List<Region> article, Region line) {
		double x = line.x() + line.width() / 2;
		double y = line.y() + line.height() / 2;
		return article.stream().anyMatch(r -> r.x() <= x && x <= r.right() && r.y() <= y && y <= r.bottom());
	}

}
