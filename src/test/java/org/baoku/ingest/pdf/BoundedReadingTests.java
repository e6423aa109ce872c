package org.baoku.ingest.pdf;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.io.RandomAccessRead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Work past its time limit is refused and also ends: a file that makes the parser spin must not keep a reader
 * thread, and a core, busy for the rest of the server's life.
 */
class BoundedReadingTests {

	@Test
	void workThatNeverEndsOnItsOwnIsStoppedAtItsNextRead() throws InterruptedException {
		CountDownLatch ended = new CountDownLatch(1);
		PdfRefusedException refused = catchThrowableOfType(PdfRefusedException.class,
				() -> BoundedReading.within(Duration.ofMillis(200), () -> {
					try {
						RandomAccessRead file = ReadingStop.current().source(new byte[64 * 1024]);
						// A parser caught in a loop, re-reading the file and swallowing what it throws of its own.
						while (true) {
							try {
								file.seek(0);
								while (file.read() >= 0) {
									// next byte
								}
							}
							catch (IOException ex) {
								// a parser's recovery
							}
						}
					}
					finally {
						ended.countDown();
					}
				}));
		assertThat(refused).isNotNull();
		assertThat(refused.code()).isEqualTo("pdfTimeout");
		assertThat(ended.await(5, TimeUnit.SECONDS)).as("the reader thread is free again").isTrue();
	}

	@Test
	void workWithinItsLimitIsNeverStopped() throws IOException {
		byte[] bytes = "%PDF-1.7".getBytes();
		int first = BoundedReading.within(Duration.ofSeconds(30), () -> ReadingStop.current().source(bytes).read());
		assertThat(first).isEqualTo('%');
		assertThat(ReadingStop.current().source(bytes).read()).as("outside bounded work").isEqualTo('%');
	}

}
