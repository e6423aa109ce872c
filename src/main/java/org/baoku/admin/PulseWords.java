package org.baoku.admin;

import java.util.Locale;

import org.baoku.ingest.PageProgress;
import org.springframework.context.MessageSource;

/** How far a page's reading is, said in the reader's language: "reading line 120 of 480 · about 40 s to go". */
final class PulseWords {

	private PulseWords() {
	}

	/** The stage (with line N of M) and the time left; with the file and page when a file is named. */
	static String said(MessageSource messages, String file, String page, PageProgress.Snapshot progress, Locale locale) {
		String stage = messages.getMessage("pulse.stage." + progress.stage(),
				new Object[] { progress.done() + 1, progress.of() }, locale);
		String left = progress.secondsLeft() == null ? messages.getMessage("pulse.estimating", null, locale)
				: messages.getMessage("pulse.left", new Object[] { progress.secondsLeft() }, locale);
		String said = messages.getMessage("pulse.said", new Object[] { stage, left }, locale);
		return file == null ? said
				: messages.getMessage("pulse.file", new Object[] { file, page == null || page.isBlank() ? "—" : page, said },
						locale);
	}

}
