package org.baoku.ingest.split;

import java.util.regex.Pattern;

/** A jump line ("（下转第二版）", "（转第3版）", "（上接第一版）", "转要闻版"): where a text goes on or came from, not text. */
public final class JumpLines {

	private JumpLines() {
	}

	private static final Pattern JUMP = Pattern
		.compile("^[（(]?(?:下?转|上?接)(?:第?[\\p{IsHan}\\dA-Z]{1,4}版|[^）)]{0,8}版)[）)]?$");

	/** The whole line is a jump line. */
	public static boolean isJump(String line) {
		return JUMP.matcher(line.strip()).matches();
	}

	/** A jump line saying the text goes on elsewhere ("转…"), not that it came from there ("接…"). */
	public static boolean jumpsOut(String line) {
		return isJump(line) && line.contains("转");
	}

}
