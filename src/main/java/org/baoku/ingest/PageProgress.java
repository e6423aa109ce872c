package org.baoku.ingest;

import org.baoku.ingest.ocr.Pulse;

/**
 * How far the reading of one page is, heard from its {@link Pulse}: the stage, line N of M while OCR reads, and the
 * time left from the speed measured so far. Time left is unknown (null) until there is a speed to go by, and never
 * said as nothing while work remains.
 */
public final class PageProgress implements Pulse.Listener {

	/** Lines read before their pace is taken as the page's. */
	private static final int LINES_TO_MEASURE = 5;

	/** Of the time OCR took, what splitting and storing the page after it takes, about (measured on 理论 pages). */
	private static final double AFTER_READING_SHARE = 0.1;

	private final long started = System.nanoTime();

	private Pulse.Stage stage = Pulse.Stage.READING_FILE;

	private int done;

	private int of;

	private long linesStarted;

	private long linesEnded;

	/** How far it is: stage, line done of of (0 of 0 outside reading lines), seconds so far and left (null: unknown). */
	public record Snapshot(Pulse.Stage stage, int done, int of, long elapsedSeconds, Long secondsLeft) {
	}

	@Override
	public synchronized void beat(Pulse.Stage stage, int done, int of) {
		long now = System.nanoTime();
		if (stage == Pulse.Stage.READING_LINES && linesStarted == 0) {
			linesStarted = now;
		}
		if (this.stage == Pulse.Stage.READING_LINES && stage != Pulse.Stage.READING_LINES) {
			linesEnded = now;
		}
		this.stage = stage;
		this.done = done;
		this.of = of;
	}

	public synchronized Snapshot snapshot() {
		long now = System.nanoTime();
		long elapsed = Math.round((now - started) / 1e9);
		Long left = null;
		if (stage == Pulse.Stage.READING_LINES && done >= LINES_TO_MEASURE && of > done) {
			double perLine = (now - linesStarted) / 1e9 / done;
			double reading = perLine * (of - done);
			double after = AFTER_READING_SHARE * perLine * of;
			left = Math.max(1, Math.round(reading + after));
		}
		else if (linesEnded != 0 && stage != Pulse.Stage.READING_LINES) {
			double after = AFTER_READING_SHARE * (linesEnded - linesStarted) / 1e9 - (now - linesEnded) / 1e9;
			left = Math.max(1, Math.round(after));
		}
		return new Snapshot(stage, stage == Pulse.Stage.READING_LINES ? done : 0, stage == Pulse.Stage.READING_LINES ? of : 0,
				elapsed, left);
	}

}
