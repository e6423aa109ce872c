package org.baoku.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Reads the rules a page draws (stroked lines, the edges of stroked boxes, thin filled bars), in the glyphs'
 * coordinates: origin at the page's top left. Newspapers rule off the page header and often their articles with
 * horizontal rules; upright ones are the sides of boxes and the rules between columns.
 */
final class PageRules extends PDFGraphicsStreamEngine {

	/** A horizontal rule on the page. */
	record Rule(double left, double right, double y) {

		double width() {
			return right - left;
		}

	}

	/** An upright rule: the side of a box, or a rule between columns. */
	record Upright(double x, double top, double bottom) {
	}

	/** What a page draws: its horizontal and its upright rules. */
	record Drawn(List<Rule> rules, List<Upright> uprights) {

		static final Drawn NONE = new Drawn(List.of(), List.of());

	}

	private final PDRectangle box;

	private final ReadingStop stop = ReadingStop.current();

	private final List<Rule> rules = new ArrayList<>();

	private final List<Upright> uprights = new ArrayList<>();

	private final List<Point2D[]> segments = new ArrayList<>();

	private final List<Point2D[]> rectangles = new ArrayList<>();

	private Point2D start;

	private Point2D current;

	private PageRules(PDPage page) {
		super(page);
		this.box = page.getCropBox();
	}

	/** The page's rules, none for a rotated page (its text is read turned, its rules are not). */
	static Drawn read(PDPage page) throws IOException {
		if (page.getRotation() % 360 != 0) {
			return Drawn.NONE;
		}
		PageRules reader = new PageRules(page);
		reader.processPage(page);
		return new Drawn(List.copyOf(reader.rules), List.copyOf(reader.uprights));
	}

	/** A page's content may loop (a form drawing itself): past the time limit, the next operator ends the work. */
	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		stop.check();
		super.processOperator(operator, operands);
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		rectangles.add(new Point2D[] { p0, p1, p2, p3 });
		segments.add(new Point2D[] { p0, p1 });
		segments.add(new Point2D[] { p1, p2 });
		segments.add(new Point2D[] { p2, p3 });
		segments.add(new Point2D[] { p3, p0 });
		start = p0;
		current = p0;
	}

	@Override
	public void moveTo(float x, float y) {
		start = new Point2D.Float(x, y);
		current = start;
	}

	@Override
	public void lineTo(float x, float y) {
		Point2D to = new Point2D.Float(x, y);
		if (current != null) {
			segments.add(new Point2D[] { current, to });
		}
		current = to;
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		if (current != null && start != null) {
			segments.add(new Point2D[] { current, start });
			current = start;
		}
	}

	@Override
	public void endPath() {
		clear();
	}

	@Override
	public void strokePath() {
		for (Point2D[] s : segments) {
			if (Math.abs(s[0].getY() - s[1].getY()) <= LayoutTuning.RULE_MAX_THICKNESS) {
				add(Math.min(s[0].getX(), s[1].getX()), Math.max(s[0].getX(), s[1].getX()),
						(s[0].getY() + s[1].getY()) / 2);
			}
			else if (Math.abs(s[0].getX() - s[1].getX()) <= LayoutTuning.RULE_MAX_THICKNESS) {
				addUpright((s[0].getX() + s[1].getX()) / 2, Math.min(s[0].getY(), s[1].getY()),
						Math.max(s[0].getY(), s[1].getY()));
			}
		}
		clear();
	}

	@Override
	public void fillPath(int windingRule) {
		// A filled bar no thicker than a rule is drawn as one; a filled area (a tint behind a box) is not a rule.
		for (Point2D[] r : rectangles) {
			double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
			for (Point2D p : r) {
				minX = Math.min(minX, p.getX());
				maxX = Math.max(maxX, p.getX());
				minY = Math.min(minY, p.getY());
				maxY = Math.max(maxY, p.getY());
			}
			if (maxY - minY <= LayoutTuning.RULE_MAX_THICKNESS) {
				add(minX, maxX, (minY + maxY) / 2);
			}
			else if (maxX - minX <= LayoutTuning.RULE_MAX_THICKNESS) {
				addUpright((minX + maxX) / 2, minY, maxY);
			}
		}
		clear();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		strokePath();
	}

	@Override
	public void clip(int windingRule) {
		// A clipping path draws nothing; the path is ended by the operator that follows.
	}

	@Override
	public void drawImage(PDImage pdImage) {
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

	private void add(double left, double right, double y) {
		if (right - left >= LayoutTuning.RULE_MIN_LENGTH) {
			rules.add(new Rule(left - box.getLowerLeftX(), right - box.getLowerLeftX(), box.getUpperRightY() - y));
		}
	}

	private void addUpright(double x, double low, double high) {
		if (high - low >= LayoutTuning.RULE_MIN_LENGTH) {
			uprights.add(new Upright(x - box.getLowerLeftX(), box.getUpperRightY() - high, box.getUpperRightY() - low));
		}
	}

	private void clear() {
		segments.clear();
		rectangles.clear();
		start = null;
		current = null;
	}

}
