package org.baoku;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Says on the console which test classes were skipped and why (no browser, no external database). */
public class SkippedTestsReport implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		if (test.isContainer()) {
			System.out.println("[SKIPPED] " + test.getDisplayName() + ": " + reason);
		}
	}

}
