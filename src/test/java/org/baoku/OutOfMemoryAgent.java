package org.baoku;

import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java agent for {@link OutOfMemoryIT}, loaded into the packaged app's own process with {@code -javaagent}: once the
 * file named in its argument appears, a thread of the app's JVM takes memory until the heap runs out, as a file that
 * escaped every bound would. Nothing of it is in the app's jar.
 */
public final class OutOfMemoryAgent {

	private OutOfMemoryAgent() {
	}

	public static void premain(String trigger, Instrumentation instrumentation) {
		Thread hog = new Thread(() -> {
			try {
				while (!Files.exists(Path.of(trigger))) {
					Thread.sleep(100);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			List<long[]> taken = new ArrayList<>();
			while (true) {
				taken.add(new long[1 << 20]);
			}
		}, "memory-hog");
		hog.setDaemon(true);
		hog.start();
	}

}
