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

	static String headlineFitsOther() {
		return "标题与本版另一篇正文更贴近，标题可能配错";
	}

	static String innerDateline() {
		return "正文中间出现另一条电头，可能粘连了两篇稿件";
	}

	static String topicBreak() {
		return "正文中途话题突变，可能粘连了两篇稿件";
	}

	static String startsMidSentence() {
		return "正文从半句开始，开头可能缺失";
	}

	static String endsOpen() {
		return "正文没有以句末标点结束，结尾可能缺失";
	}

	static String shortBody() {
		return "正文比本版其他稿件短得多，可能是残段";
	}

	static String longBody() {
		return "正文比本版其他稿件长得多，可能粘连了几篇稿件";
	}

	static String continued() {
		return "转版稿件：本版只有部分正文";
	}

	static String emptyCaption() {
		return "图片说明只有署名，没有文字";
	}

	static String overall() {
		return "多项迹象合起来不够可靠，请核对拆分";
	}

}
