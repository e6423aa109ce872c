package org.baoku;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.RawPage;

/**
 * A newspaper of many years made page by page and stored through the real ingest path (decode, split, store,
 * index): issues on a few days of most months, some months without any (so calendars and histograms have gaps),
 * two or three pages an issue labelled A01, A02 and sometimes A10 (so page order is numeric), three stories a page
 * with bylines of a handful of reporters. The same seed gives the same archive.
 */
final class SyntheticArchive {

	static final String NEWSPAPER = "合成晚报";

	static final int FIRST_YEAR = 2013;

	static final int YEARS = 12;

	static final List<String> REPORTERS = List.of("周立新", "马晓燕", "韩春林", "祁文博", "鲁雅琴");

	private static final List<String> TOPICS = List.of("城东区举办冬季运动会", "湟水河畔新建三座公园", "市图书馆延长开放时间",
			"老旧小区改造工程开工", "公交线路优化调整方案出台", "中小学开展安全教育周活动", "高原夏都旅游季启动", "社区食堂试点运营",
			"新能源公交车投入运营", "河湖长制巡查常态化");

	private SyntheticArchive() {
	}

	/** A day of an issue and its pages' labels. */
	record Issue(LocalDate date, List<String> pages) {
	}

	/** The issues of the archive, oldest first. */
	static List<Issue> issues() {
		Random random = new Random(20_240_722L);
		List<Issue> issues = new ArrayList<>();
		for (int y = 0; y < YEARS; y++) {
			for (int m = 1; m <= 12; m++) {
				if ((y * 12 + m) % 7 == 0) {
					continue; // a month the archive lacks
				}
				YearMonth month = YearMonth.of(FIRST_YEAR + y, m);
				for (int day : new int[] { 1 + random.nextInt(9), 11 + random.nextInt(9), 21 + random.nextInt(7) }) {
					List<String> pages = new ArrayList<>(List.of("A01", "A02"));
					if (random.nextInt(4) == 0) {
						pages.add("A10");
					}
					issues.add(new Issue(month.atDay(day), pages));
				}
			}
		}
		return issues;
	}

	/** The text of one page as an extractor leaves it: headline, blank line, dated body with byline. */
	static byte[] page(LocalDate date, String label) {
		Random random = new Random(date.toEpochDay() * 31 + label.hashCode());
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			String topic = TOPICS.get(random.nextInt(TOPICS.size()));
			String reporter = REPORTERS.get(random.nextInt(REPORTERS.size()));
			String tag = date + label + "第" + (i + 1) + "篇";
			s.append(topic).append("\n\n");
			s.append("本报讯（记者 ").append(reporter).append("）").append(date.getMonthValue()).append("月")
				.append(date.getDayOfMonth()).append("日，记者从有关部门获悉，").append(topic).append("的消息引起市民关注，编号")
				.append(tag).append("。工作人员介绍，相关工作已经全面展开，预计月底前完成。\n");
			s.append("市民王女士说，这是一件实实在在的好事，希望能够长期坚持下去。\n\n");
		}
		return s.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Ingests every page; returns how many were stored. */
	static int ingest(IngestService ingest) {
		int stored = 0;
		for (Issue issue : issues()) {
			for (String label : issue.pages()) {
				IngestResult result = ingest.ingest(new RawPage(NEWSPAPER, issue.date(), label,
						issue.date() + "_" + label + ".txt", page(issue.date(), label)), false);
				if (!result.stored()) {
					throw new IllegalStateException(result.status() + ": " + result.message());
				}
				stored++;
			}
		}
		return stored;
	}

}
