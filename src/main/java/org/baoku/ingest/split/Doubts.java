package org.baoku.ingest.split;

/** Why the splitter doubts an article, in the words editors read in the review queue (Chinese). */
final class Doubts {

	private Doubts() {
	}

	static String noHeadline() {
		return "未找到这篇正文的标题";
	}

	static String weakHeadline(double coverage) {
		return String.format("标题与正文用词重合少（%.2f），标题可能配错", coverage);
	}

	static String shortBody(int length) {
		return "正文异常短（" + length + " 字），可能是残段或被切开";
	}

	static String longBody(int length) {
		return "正文异常长（" + length + " 字），可能粘连了几篇稿件";
	}

	static String continued() {
		return "转版稿件：本版只有部分正文";
	}

	static String emptyCaption() {
		return "图片说明只有署名，没有文字";
	}

}
