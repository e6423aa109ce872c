package org.baoku.ingest.pdf;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Ends a piece of PDF work that ran past its time limit. PDFBox does not heed a thread's interrupt, so a file built
 * to make it spin would keep a reader thread, and a core, busy after its refusal. Instead the work reads its file
 * through a {@link #source source} that checks the stop at every read, and the engines that walk a page's content
 * {@link #check() check} it at every operator: once the waiting thread {@link #stop() stops} the work, its next
 * read or operator throws, and the thread is free again.
 */
final class ReadingStop {

	private static final ThreadLocal<ReadingStop> CURRENT = new ThreadLocal<>();

	/** Work not run through {@link BoundedReading} (a test reading a file directly) is never stopped. */
	private static final ReadingStop NEVER = new ReadingStop();

	private volatile boolean stopped;

	/** The stop of the work running on this thread. */
	static ReadingStop current() {
		ReadingStop stop = CURRENT.get();
		return stop == null ? NEVER : stop;
	}

	/** Runs {@code work} on this thread under this stop. */
	<T> T run(BoundedReading.Work<T> work) throws IOException {
		CURRENT.set(this);
		try {
			return work.run();
		}
		finally {
			CURRENT.remove();
		}
	}

	void stop() {
		stopped = true;
	}

	/** Throws once the work has been stopped. */
	void check() {
		if (stopped) {
			throw new Stopped();
		}
	}

	/** The file's bytes, read under this stop. */
	RandomAccessRead source(byte[] bytes) {
		return new StoppableSource(bytes, this);
	}

	/** Thrown in the stopped work: unchecked, so that no parser's recovery from a damaged file catches it. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("PDF work stopped past its time limit", null, false, false);
		}

	}

	/** A buffer of the file's bytes whose every read first checks the stop (views of it read through it too). */
	private static final class StoppableSource extends RandomAccessReadBuffer {

		private final ReadingStop stop;

		StoppableSource(byte[] bytes, ReadingStop stop) {
			super(bytes);
			this.stop = stop;
		}

		@Override
		public int read() throws IOException {
			stop.check();
			return super.read();
		}

		@Override
		public int read(byte[] b, int offset, int length) throws IOException {
			stop.check();
			return super.read(b, offset, length);
		}

		@Override
		public void seek(long position) throws IOException {
			stop.check();
			super.seek(position);
		}

	}

}
