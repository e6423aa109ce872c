package org.baoku.ingest.ocr;

import java.util.function.Supplier;

/**
 * What the reading of a page is doing now, told to whoever waits for it (an upload's job, a bulk job's file): the
 * stage and, where it counts, how far it is (line N of M). The reader's stages call {@link #beat}; the caller hears
 * them through the listener it set for the work on its thread ({@link #during}). Without a listener a beat is nothing.
 */
public final class Pulse {

	/** The stages of reading a page, in order. */
	public enum Stage {

		/** The file is checked and its text layer read. */
		READING_FILE,
		/** Waiting for OCR, busy with another page. */
		WAITING,
		/** The scan is levelled (its skew measured and undone). */
		LEVELLING,
		/** The text lines are found on the image. */
		FINDING_LINES,
		/** Each line is read: done of of. */
		READING_LINES,
		/** The lines are split into articles. */
		SPLITTING,
		/** The articles are stored and indexed. */
		STORING

	}

	/** Hears the beats of one piece of work. */
	@FunctionalInterface
	public interface Listener {

		void beat(Stage stage, int done, int of);

	}

	private static final ThreadLocal<Listener> CURRENT = new ThreadLocal<>();

	private Pulse() {
	}

	/** Runs the work with the listener hearing its beats on this thread. */
	public static <T> T during(Listener listener, Supplier<T> work) {
		Listener before = CURRENT.get();
		CURRENT.set(listener);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		}
	}

	/** The listener of the work on this thread (to hand to a thread the work moves to), or null. */
	public static Listener current() {
		return CURRENT.get();
	}

	public static void beat(Stage stage) {
		beat(stage, 0, 0);
	}

	public static void beat(Stage stage, int done, int of) {
		Listener listener = CURRENT.get();
		if (listener != null) {
			listener.beat(stage, done, of);
		}
	}

}
