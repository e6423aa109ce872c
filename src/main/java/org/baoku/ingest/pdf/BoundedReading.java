package org.baoku.ingest.pdf;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.baoku.ingest.ocr.Pulse;
import org.baoku.ingest.split.SplitProfile;

/**
 * Runs one piece of PDF work (reading a page, listing or splitting an issue) on a reader thread within
 * {@link PdfLimits#TIME_LIMIT}, so that whatever the file does ends as a refusal in words: past the limit, a parser's
 * failure, even an error of the JVM's own (a stack overflow in a nested structure, memory run out by one file). The
 * parser's text goes to the log, never to the person who sent the file. Past the limit the work is stopped
 * ({@link ReadingStop}): its next read of the file or of a page's content throws, and the reader thread is free.
 */
final class BoundedReading {

	private static final Logger log = LoggerFactory.getLogger(BoundedReading.class);

	private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "pdf-reader");
		t.setDaemon(true);
		return t;
	});

	private BoundedReading() {
	}

	/** Work on a PDF that may throw what PDFBox throws. */
	interface Work<T> {

		T run() throws IOException;

	}

	static <T> T within(Duration limit, Work<T> work) {
		// The work runs on a reader thread: the caller's profile, and whoever hears its pulse, go with it.
		SplitProfile profile = SplitProfile.current();
		Pulse.Listener pulse = Pulse.current();
		ReadingStop stop = new ReadingStop();
		Callable<T> task = () -> Pulse.during(pulse, () -> profile.run(() -> {
			try {
				return stop.run(work);
			}
			catch (IOException ex) {
				throw malformed(ex);
			}
		}));
		Future<T> reading = READERS.submit(task);
		try {
			return reading.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			stop.stop();
			reading.cancel(true);
			long seconds = Math.max(1, (limit.toMillis() + 999) / 1000);
			throw new PdfRefusedException("pdfTimeout",
					"reading the PDF took longer than %d s; it may be damaged or built to stall readers"
						.formatted(seconds), seconds);
		}
		catch (ExecutionException ex) {
			throw refusal(ex.getCause());
		}
		catch (InterruptedException ex) {
			stop.stop();
			reading.cancel(true);
			Thread.currentThread().interrupt();
			throw new PdfRefusedException("pdfTimeout", "reading the PDF was interrupted", limit.toSeconds());
		}
	}

	/** What a failure of the work is said as: a refusal stays as it is, anything else is a damaged file. */
	private static PdfRefusedException refusal(Throwable cause) {
		if (cause instanceof PdfRefusedException refused) {
			return refused;
		}
		if (cause instanceof OutOfMemoryError) {
			log.error("A PDF took more memory than the heap had; it is refused", cause);
			return new PdfRefusedException("pdfTooDemanding",
					"the PDF needs more memory to read than this server gives one file; it may be damaged or built to "
							+ "exhaust readers");
		}
		if (cause instanceof StackOverflowError) {
			log.warn("A PDF's objects are nested too deeply to read; it is refused");
			return new PdfRefusedException("pdfTooDemanding",
					"the PDF's objects are nested too deeply to read; it may be damaged or built to exhaust readers");
		}
		log.warn("A PDF could not be read; it is refused as damaged", cause);
		return malformed(cause);
	}

	static PdfRefusedException malformed(Throwable cause) {
		if (cause instanceof IOException) {
			log.warn("A PDF could not be parsed: {}", cause.getMessage());
		}
		return new PdfRefusedException("pdfMalformed", "the PDF is damaged or not a PDF and cannot be read");
	}

}
