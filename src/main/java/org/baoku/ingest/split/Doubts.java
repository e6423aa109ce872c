package org.baoku.ingest.split;

/** Why the splitter doubts an article, in the words editors read in the review queue (Chinese). */
final class Doubts {

	static final String NO_HEADLINE = "未找到这篇正文的标题";

	static final String HEADLINE_FITS_OTHER = "标题与本版另一篇正文更贴近，标题可能配错";

	static final String INNER_DATELINE = "正文中间出现另一条电头，可能粘连了两篇稿件";

	static final String TOPIC_BREAK = "正文中途话题突变，可能粘连了两篇稿件";

	static final String STARTS_MID_SENTENCE = "正文从半句开始，开头可能缺失";

	static final String ENDS_OPEN = "正文没有以句末标点结束，结尾可能缺失";

	static final String SHORT_BODY = "正文比本版其他稿件短得多，可能是残段";

	static final String LONG_BODY = "正文比本版其他稿件长得多，可能粘连了几篇稿件";

	static final String CONTINUED = "转版稿件：本版只有部分正文";

	static final String OVERALL = "多项迹象合起来不够可靠，请核对拆分";

	private Doubts() {
	}

	static String weakHeadline(double coverage) {
		return String.format("标题与正文用词重合少（%.2f），标题可能配错", coverage);
	}

}
