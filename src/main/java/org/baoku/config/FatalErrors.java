package org.baoku.config;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Never up and deaf. A JVM that ran out of memory may live on with a thread that mattered gone (the one that accepts
 * connections: the process stays up and answers nothing), so it must exit and be started again by what runs it
 * (docker-compose.yml's restart policy, the systemd unit in docs/reference.md). The launch sets
 * {@code -XX:+ExitOnOutOfMemoryError} for that; where it was not set, an error of the JVM's own that no code caught
 * halts the process here all the same, and the start says the flag is missing.
 */
public final class FatalErrors {

	/** The exit status of a JVM that stopped on running out of memory, as the JVM's own flag gives. */
	public static final int OUT_OF_MEMORY_STATUS = 3;

	private FatalErrors() {
	}

	/** Called first in {@code main}: every thread's uncaught JVM error ends the process. */
	public static void haltOnUncaughtJvmErrors() {
		Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
			// A stack overflow is the one JVM error that leaves the JVM whole; it ends its thread only.
			if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
				try {
					System.err.println("Terminating: " + error + " in thread " + thread.getName()
							+ "; whatever runs Baoku starts it again");
				}
				finally {
					// halt, not exit: shutdown hooks may need the memory or the thread that is gone.
					Runtime.getRuntime().halt(OUT_OF_MEMORY_STATUS);
				}
			}
			if (before != null) {
				before.uncaughtException(thread, error);
			}
			else {
				System.err.print("Exception in thread \"" + thread.getName() + "\" ");
				error.printStackTrace(System.err);
			}
		});
	}

	/** Whether the JVM was started with {@code -XX:+ExitOnOutOfMemoryError} (or the crash variant). */
	public static boolean jvmExitsOnOutOfMemory() {
		try {
			HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return hotspot != null && ("true".equals(hotspot.getVMOption("ExitOnOutOfMemoryError").getValue())
					|| "true".equals(hotspot.getVMOption("CrashOnOutOfMemoryError").getValue()));
		}
		catch (IllegalArgumentException | UnsupportedOperationException notHotSpot) {
			return false;
		}
	}

}
