package org.baoku.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;

import org.baoku.ingest.ocr.Deskew;
import org.baoku.ingest.ocr.LineInk;
import org.baoku.ingest.ocr.OcrCache;
import org.baoku.ingest.ocr.OcrLine;
import org.baoku.ingest.ocr.OcrReader;
import org.baoku.ingest.ocr.Pulse;
import org.baoku.ingest.roles.LineRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scan's lines as the reader takes them, before the layout: the page levelled, read by OCR, a column's name beside
 * its logo set aside ({@link ColumnLabels}), each OCR line set as a text line ({@link ScannedPage}) with its features
 * (what the line-role model takes of a PDF's line, {@link LineFeatures}, and what the image shows of it,
 * {@link ScanFeatures}), and each line's role from the scan model ({@link LineRoles#scanModel()}, issue 79).
 */
record ScanLines(Deskew.Levelled level, List<OcrLine> read, Map<OcrLine, LineInk> inks, ColumnLabels.Found labelled,
		List<ScannedPage.Placed> placed, double pointsPerPixel) {

	/**
	 * The system property choosing how a scan's lines are read: {@code rules} (the default: sizes from the detector's
	 * boxes, no line roles, every article to review) or {@code learned} (sizes measured on the image, the scan models'
	 * roles and doubts; issue 79, docs/reader-model.md, "The scan models"). The learned reading is the better one on
	 * generated pages and not yet on real 理论 scans, so it is asked for, not the default.
	 */
	static final String READER_PROPERTY = "baoku.scan.reader";

	private static final Logger log = LoggerFactory.getLogger(ScanLines.class);

	/** Said once: a scan model that cannot be used is an installation fault, not news on every page. */
	private static final AtomicBoolean SAID = new AtomicBoolean();

	/**
	 * The scan's lines, OCR's reading kept by {@link OcrCache} where asked; their ink measured ({@link LineInk}) for
	 * the learned reading or where {@code measured} asks for it (their features written for training), not otherwise:
	 * the measure holds the page a few times over in memory.
	 * @throws OcrReader.Refused where OCR would not read the page
	 */
	static ScanLines read(BufferedImage scan, boolean measured) {
		Pulse.beat(Pulse.Stage.LEVELLING);
		Deskew.Levelled level = Deskew.level(scan);
		List<OcrLine> read = OcrCache.read(level.image(), PdfLimits.OCR_TIME_LIMIT);
		Pulse.beat(Pulse.Stage.SPLITTING);
		double pointsPerPixel = 72.0 / OcrReader.renderDpi();
		ColumnLabels.Found labelled = ColumnLabels.find(level.image(), read);
		boolean learned = learned();
		Map<OcrLine, LineInk> inks = new IdentityHashMap<>();
		if (learned || measured) {
			List<LineInk> ink = LineInk.of(level.image(), read);
			for (int i = 0; i < read.size(); i++) {
				inks.put(read.get(i), ink.get(i));
			}
		}
		ToDoubleFunction<OcrLine> type = learned ? typeAgainstText(read, inks) : l -> 0;
		return new ScanLines(level, read, inks, labelled, ScannedPage.placed(labelled.text(), pointsPerPixel, type),
				pointsPerPixel);
	}

	/**
	 * Each line's type size against the text's, as the image shows it (0 where it does not): the pitch from one
	 * ideograph to the next, as Chinese is set solid, but no more than {@link LayoutTuning#SCAN_PITCH_OVER_INK} times
	 * the height of its ink (a name letter-spaced across its column), and never less than that height. On 人民日报
	 * 2018-01-02 (seen) the text's lines measured 0.99–1.02, its author lines (1.16) 1.17–1.27, its subheadings
	 * (1.55) 1.49–1.50, its headline (3.99) 4.10; the ink alone 0.86–0.90, 1.05, 1.48 and 4.10 (issue 79).
	 */
	static ToDoubleFunction<OcrLine> typeAgainstText(List<OcrLine> read, Map<OcrLine, LineInk> inks) {
		double textInk = ScanFeatures.middleOfText(read, l -> inks.get(l).inkHeight());
		double textPitch = ScanFeatures.middleOfText(read, ScanFeatures::pitch);
		return l -> {
			double ink = textInk > 0 ? inks.get(l).inkHeight() / textInk : 0;
			double pitch = textPitch > 0 && !l.vertical() ? ScanFeatures.pitch(l) / textPitch : 0;
			return pitch > 0 && ink > 0 ? Math.max(ink, Math.min(pitch, ink * LayoutTuning.SCAN_PITCH_OVER_INK)) : ink;
		};
	}

	/** Whether the learned reading is asked for ({@value #READER_PROPERTY}{@code =learned}); read each time. */
	static boolean learned() {
		String reader = System.getProperty(READER_PROPERTY, "rules");
		if (!reader.equals("rules") && !reader.equals("learned")) {
			throw new IllegalStateException(READER_PROPERTY + " is rules or learned, not " + reader);
		}
		return reader.equals("learned");
	}

	List<TextLine> lines() {
		return placed.stream().map(ScannedPage.Placed::line).toList();
	}

	double width() {
		return level.image().getWidth() * pointsPerPixel;
	}

	double height() {
		return level.image().getHeight() * pointsPerPixel;
	}

	/** Each line's features: the PDF reader's ({@link LineFeatures#NAMES}) and the scan's ({@link ScanFeatures#NAMES}). */
	List<Map<String, Double>> features() {
		List<Map<String, Double>> text = PageRoles.features(lines(), width(), height());
		List<Map<String, Double>> image = ScanFeatures.of(read, inks, placed);
		List<Map<String, Double>> all = new ArrayList<>(text.size());
		for (int i = 0; i < text.size(); i++) {
			Map<String, Double> both = new HashMap<>(text.get(i));
			both.putAll(image.get(i));
			all.add(both);
		}
		return all;
	}

	/**
	 * The lines, each with the scan model's guess at its role; read by the rules ({@link #learned()} not asked for),
	 * or where no model is asked for ({@code none}) or none can be used, as they are, which the rules read as they
	 * did before the model.
	 */
	List<TextLine> guessed() {
		List<TextLine> lines = lines();
		if (!learned()) {
			return lines;
		}
		Optional<LineRoles> model;
		try {
			model = LineRoles.scanModel().map(ScanLines::usable);
		}
		catch (IllegalStateException ex) {
			if (SAID.compareAndSet(false, true)) {
				log.error("Scans are read without the scan line-role model: {}", ex.getMessage());
			}
			return lines;
		}
		if (model.isEmpty() || lines.isEmpty()) {
			return lines;
		}
		List<Map<String, Double>> features = features();
		List<TextLine> guessed = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			guessed.add(lines.get(i).withRole(model.get().guess(features.get(i))));
		}
		return guessed;
	}

	/** The model, where it takes only features the scan reader computes. */
	static LineRoles usable(LineRoles model) {
		List<String> unknown = model.features()
			.stream()
			.filter(f -> !LineFeatures.NAMES.contains(f) && !ScanFeatures.NAMES.contains(f))
			.toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("the scan line-role model takes features the reader does not compute: " + unknown);
		}
		return model;
	}

}
