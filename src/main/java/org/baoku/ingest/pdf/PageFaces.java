package org.baoku.ingest.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.baoku.ingest.split.Chars;
import org.baoku.ingest.split.TypeStyles;

/**
 * The type a page PDF is set in, as its paper's profile keeps it ({@link TypeStyles}): the style of its running text
 * and, for everything set apart from it (headlines, kickers, bylines, captions, the masthead), how many ideographs
 * each face sets. Ideographs only: a face for digits and Latin letters tells nothing of a paper's headline type.
 */
public record PageFaces(String body, int bodyChars, Map<String, Integer> headingFaces) {

	static PageFaces of(List<TextLine> lines) {
		PageStyle style = PageStyle.of(lines);
		Map.Entry<String, Integer> most = style.textStyles().entrySet().stream().max(Map.Entry.comparingByValue())
			.orElseThrow();
		String body = most.getKey();
		Set<TextLine> text = new HashSet<>(style.textLines(lines));
		Map<String, Integer> faces = new TreeMap<>();
		for (TextLine line : lines) {
			int ideographs = (int) line.text().codePoints().filter(Chars::isIdeograph).count();
			if (ideographs > 0 && !text.contains(line)) {
				faces.merge(line.font(), ideographs, Integer::sum);
			}
		}
		// PageStyle keys a style "size|face"; headings are keyed "face/size" (HeadGroup.style): the profile keeps the latter.
		int bar = body.indexOf('|');
		return new PageFaces(body.substring(bar + 1) + "/" + body.substring(0, bar), most.getValue(), faces);
	}

	/**
	 * The faces of a page PDF as the reader reads it from its text layer; null for one it reads by OCR instead (no
	 * text layer, or one that decodes to no prose).
	 */
	static PageFaces of(byte[] pdf) {
		return BoundedReading.within(PdfLimits.TIME_LIMIT, () -> {
			try (PDDocument document = PdfPageReader.load(pdf)) {
				List<Glyph> glyphs = PdfGlyphReader.read(document);
				if (!PdfPageReader.hasTextLayer(glyphs)) {
					return null;
				}
				PageRules.Drawn drawn = PageRules.read(document.getPage(0));
				return of(LineBuilder.lines(glyphs, drawn.uprights()));
			}
		});
	}

	/**
	 * The type a checked page PDF is set in, for its paper's profile to learn; none for a page read by OCR or one with
	 * too little running text to tell its style ({@link LayoutTuning#UNLIKE_MIN_TEXT_CHARS}).
	 */
	public static TypeStyles styles(byte[] pdf) {
		PageFaces faces = of(pdf);
		return faces == null || faces.bodyChars < LayoutTuning.UNLIKE_MIN_TEXT_CHARS ? TypeStyles.NONE : faces.styles();
	}

	TypeStyles styles() {
		return new TypeStyles(Set.of(body), headingFaces.keySet());
	}

	/**
	 * Set in type its paper's checked pages were not: running text in another face or size, or most of what is set apart
	 * from it ({@link LayoutTuning#UNLIKE_FACE_SHARE} of its ideographs, when there are enough to tell) in faces
	 * none of them used. Never unlike where nothing was learned, nor on a page of too little running text to tell
	 * its style (photos, an advertisement).
	 */
	boolean unlike(TypeStyles known) {
		if (known.isEmpty() || bodyChars < LayoutTuning.UNLIKE_MIN_TEXT_CHARS) {
			return false;
		}
		if (known.body().stream().noneMatch(this::bodyLike)) {
			return true;
		}
		return mostlyUnseen(known.headingFaces());
	}

	/**
	 * Set in type none of the pages the rules were checked on is ({@link KnownType}): running text in a face none of
	 * them set theirs in, at any size, or most of what is set apart from it in faces none of them used; the same
	 * thresholds as {@link #unlike}. For a page of a paper with no profile in force.
	 */
	boolean unlikeAnyKnown(Set<String> bodyFaces, Set<String> faces) {
		if (bodyFaces.isEmpty() || bodyChars < LayoutTuning.UNLIKE_MIN_TEXT_CHARS) {
			return false;
		}
		return !bodyFaces.contains(face(body)) || mostlyUnseen(faces);
	}

	private boolean mostlyUnseen(Set<String> faces) {
		int all = headingFaces.values().stream().mapToInt(Integer::intValue).sum();
		int unseen = headingFaces.entrySet().stream().filter(e -> !faces.contains(e.getKey()))
			.mapToInt(Map.Entry::getValue).sum();
		return all >= LayoutTuning.UNLIKE_MIN_IDEOGRAPHS && unseen > LayoutTuning.UNLIKE_FACE_SHARE * all;
	}

	private static String face(String style) {
		return style.substring(0, style.lastIndexOf('/'));
	}

	/** Running text in the same face as {@code style}'s, its size within {@link LayoutTuning#UNLIKE_BODY_SIZE_SLACK}. */
	private boolean bodyLike(String style) {
		int slash = style.lastIndexOf('/');
		int own = body.lastIndexOf('/');
		return style.substring(0, slash).equals(body.substring(0, own)) && Math.abs(
				Double.parseDouble(style.substring(slash + 1)) - Double.parseDouble(body.substring(own + 1))) <= LayoutTuning.UNLIKE_BODY_SIZE_SLACK;
	}

	/** For `parse --explain`: the page's type against the type of {@code whose} pages (faces, or face/size for running text). */
	String against(String whose, Set<String> body, Set<String> faces) {
		return "running text " + this.body + " (" + whose + ": " + new TreeSet<>(body) + "); set apart: " + headingFaces
				+ " (faces known: " + new TreeSet<>(faces) + ")";
	}

}
