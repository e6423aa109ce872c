package org.baoku;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Small pages laid out as an extractor leaves them (headline, blank line, dated body) that the splitter cuts into
 * exactly one article per story. Every article carries {@code marker}, so a search for it finds the page's articles.
 */
final class TestPages {

	static final List<String> STORIES = List.of("城东区举办冬季运动会", "湟水河畔新建三座公园", "市图书馆延长开放时间",
			"老旧小区改造工程开工", "公交线路优化调整方案出台", "中小学开展安全教育周活动");

	private TestPages() {
	}

	/** A page of {@code count} stories; {@code tag} (e.g. a version) is printed in every headline and body. */
	static byte[] page(String marker, String tag, int count) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < count; i++) {
			s.append(article(marker, tag, i));
		}
		return s.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Story {@code i} of such a page, as printed: headline, blank line, body, blank line. */
	static String article(String marker, String tag, int i) {
		String story = STORIES.get(i % STORIES.size());
		return story + tag + "\n\n" + "本报讯（记者 李明）记者从有关部门获悉，" + story + "的消息引起市民关注，标记" + marker + "第" + (i + 1)
				+ "篇" + tag + "。工作人员介绍，相关工作已经全面展开，预计月底前完成。\n"
				+ "市民王女士说，这是一件实实在在的好事，希望能够长期坚持下去。\n\n";
	}

}
