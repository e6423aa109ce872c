package org.baoku.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.baoku.archive.ArticleView;
import org.baoku.archive.PageContents;
import org.baoku.archive.PageSnapshot;
import org.baoku.bench.SeedArticles;
import org.baoku.bench.SyntheticCorpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every search engine behind {@link SearchEngine} must do, checked against the truth of a scan of the corpus:
 * Ctrl-F recall (Traditional, full-width, numbers, names in bylines), exact totals, exact facet counts drilled
 * sideways, escaped highlighting, deep paging and export, re-ingest with stable ids, and a rebuild with a swap. The
 * embedded index runs it in every build ({@link EmbeddedSearchContractTests}); SolrCloud with {@code -Psolr}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SearchContract {

	static final int SYNTHETIC = 2_000;

	/** Sampled query strings checked for recall and precision. */
	static final int QUERIES = 160;

	protected SearchEngine engine;

	protected List<ArticleView> corpus;

	private SubstringTruth truth;

	/** What the contract saw, for the summary line of an engine's run. */
	protected final Map<String, String> outcome = new LinkedHashMap<>();

	/** The engine under test, on an empty index. */
	protected abstract SearchEngine open() throws Exception;

	protected abstract void close() throws Exception;

	@BeforeAll
	void load() throws Exception {
		engine = open();
		List<ArticleView> seeds = SeedArticles.read(Path.of("seeds"));
		corpus = new ArrayList<>(seeds);
		corpus.addAll(SyntheticCorpus.make(seeds, SYNTHETIC, 42, 100_000));
		corpus.addAll(handMade());
		index(engine.live(), pages(corpus, 1));
		truth = new SubstringTruth(corpus);
	}

	@AfterAll
	void unload() throws Exception {
		close();
	}

	/** Articles that try what a sample may miss: markup in the text, Traditional and full-width forms, other papers. */
	private static List<ArticleView> handMade() {
		return List.of(
				article(900_001, 900_001, "海东时报", LocalDate.of(2009, 3, 4), "鹽湖經濟<b>新聞</b>",
						"據報導，青海鹽湖工業２０２４年產值達到３８１．６億元。<script>alert('x')</script>", "王小明",
						List.of("王小明"), List.of()),
				article(900_002, 900_001, "海东时报", LocalDate.of(2009, 3, 4), "A&B 公司 \"引号\" 标题",
						"正文里有 ego-park 和 EGO-Park 与 Ｅｇｏ－Ｐａｒｋ 三种写法，还有<标签>与&amp;。", "记者 李 四",
						List.of("李四"), List.of("赵六")),
				article(900_003, 900_002, "海东时报", LocalDate.of(2030, 12, 31), "年末简讯",
						"9亿元投入城市建设，81.6%的居民满意。", null, List.of(), List.of()),
				scanned(article(900_004, 900_003, "海东时报", LocalDate.of(1985, 6, 1), "扫描旧版",
						"这段文字由光学识别从缩微胶卷读出。", null, List.of(), List.of()), 0.931),
				// A kicker ending and a title starting in ideographs, a byline ending where its name starts: no word
				// runs across two parts ("山色", "马马" are printed nowhere here).
				withKicker(article(900_005, 900_003, "海东时报", LocalDate.of(1985, 6, 1), "色彩斑斓的湖畔",
						"湖畔一年四季各有风景。", "本报记者 马", List.of("马骁"), List.of()), "绿水青山"));
	}

	private static ArticleView withKicker(ArticleView a, String kicker) {
		return new ArticleView(a.id(), a.pageId(), a.newspaper(), a.date(), a.pageLabel(), a.position(), kicker,
				a.headline(), a.subtitle(), a.dateline(), a.eventDate(), a.byline(), a.body(), a.confidence(), a.doubts(),
				a.reporters(), a.officials(), a.ocrConfidence());
	}

	/** The same article as OCR read it from a scanned page, this sure of its text. */
	private static ArticleView scanned(ArticleView a, double ocrConfidence) {
		return new ArticleView(a.id(), a.pageId(), a.newspaper(), a.date(), a.pageLabel(), a.position(), a.kicker(),
				a.headline(), a.subtitle(), a.dateline(), a.eventDate(), a.byline(), a.body(), a.confidence(), a.doubts(),
				a.reporters(), a.officials(), ocrConfidence);
	}

	static ArticleView article(long id, long page, String newspaper, LocalDate date, String headline, String body,
			String byline, List<String> reporters, List<String> officials) {
		return new ArticleView(id, page, newspaper, date, "第1版", 1, null, headline, null, null, null, byline, body, 1.0,
				List.of(), reporters, officials.stream().map(o -> new ArticleView.OfficialTitle(o, "")).toList());
	}

	static List<PageSnapshot> pages(List<ArticleView> articles, long revision) {
		Map<Long, List<ArticleView>> byPage = new TreeMap<>();
		articles.forEach(a -> byPage.computeIfAbsent(a.pageId(), p -> new ArrayList<>()).add(a));
		return byPage.entrySet().stream().map(e -> new PageSnapshot(e.getKey(), revision, e.getValue())).toList();
	}

	static void index(IndexTarget target, List<PageSnapshot> pages) throws IOException {
		for (PageSnapshot page : pages) {
			target.replacePage(page);
		}
		target.commit(pages.size());
	}

	/** The articles printing the string anywhere, or naming it as a person. */
	Set<Long> truth(String query) {
		return truth.of(query);
	}

	Set<Long> exported(SearchRequest request) {
		Set<Long> ids = new HashSet<>();
		engine.forEachHit(request, row -> assertThat(ids.add(row.id())).as("%s exported twice", row.id()).isTrue());
		return ids;
	}

	List<String> recallQueries() {
		List<String> queries = new ArrayList<>(QuerySampler.sample(corpus, QUERIES, 7));
		// Traditional and full-width forms of printed text, numbers cut into, Latin in any width, names in bylines.
		queries.addAll(List.of("鹽湖", "盐湖", "２０２４", "381.6", "３８１．６億", "9亿元", "81.6", "ego-park", "ＥＧＯ", "李四",
				"王小明", "赵六", "<script>", "&amp;", "\"引号\"", "山色", "马马", "青山", "马骁"));
		return queries;
	}

	@Test
	@Order(1)
	void everyQueryFindsExactlyTheArticlesThatPrintIt() {
		int checked = 0;
		for (String query : recallQueries()) {
			Set<Long> expected = truth(query);
			if (query.startsWith("\"") || query.startsWith("<") || query.startsWith("&")) {
				// Punctuation is not searchable: the phrase is its letters, so the truth is taken from those.
				expected = truth(query.replaceAll("[^\\p{L}\\p{N}]", ""));
			}
			assertThat(exported(SearchRequest.of(query, 1, 10))).as("hits for %s", query).isEqualTo(expected);
			checked++;
		}
		outcome.put("recall", "%.4f".formatted(1.0));
		outcome.put("queries", Integer.toString(checked));
	}

	@Test
	@Order(2)
	void totalsAreExact() {
		for (String query : List.of("", "青海", "记者", "的", "鹽湖")) {
			Set<Long> expected = query.isEmpty() ? corpus.stream().map(ArticleView::id).collect(Collectors.toSet()) : truth(query);
			assertThat(engine.search(SearchRequest.of(query, 1, 10)).total()).as("total of '%s'", query)
				.isEqualTo(expected.size());
		}
		outcome.put("totals", "exact");
	}

	@Test
	@Order(3)
	void facetCountsAreExactAndDrillSideways() {
		Map<Long, ArticleView> byId = corpus.stream().collect(Collectors.toMap(ArticleView::id, Function.identity()));
		// Ranked by relevance, hits are counted in a pass of their own (no scores), so both orders are checked.
		for (SearchRequest.Order order : List.of(SearchRequest.Order.NEWEST, SearchRequest.Order.RELEVANCE)) {
			for (String query : List.of("", "青海", "发展")) {
				Set<Long> matching = query.isEmpty() ? byId.keySet() : truth(query);
				List<ArticleView> hits = matching.stream().map(byId::get).toList();
				SearchResult all = engine.search(request(query, List.of(), List.of(), 200, order));
				assertExact(all.facets().newspaper(), count(hits, a -> List.of(a.newspaper())), 200);
				assertExact(all.facets().reporter(), count(hits, ArticleView::reporters), 200);
				assertExact(all.facets().official(), count(hits, ArticleView::officialNames), 200);
				assertExact(all.facets().year(), count(hits, a -> List.of(Integer.toString(a.date().getYear()))), Integer.MAX_VALUE);
				assertExact(all.facets().month(), count(hits, a -> List.of(SolrFields.month(a.date()))), Integer.MAX_VALUE);
				if (all.facets().reporter().isEmpty()) {
					continue;
				}
				// Choosing a reporter narrows the other facets, not the reporter facet itself (to add another to the OR).
				String reporter = all.facets().reporter().get(0).value();
				String year = all.facets().year().get(0).value();
				SearchResult chosen = engine.search(request(query, List.of(reporter), List.of(year), 200, order));
				Predicate<ArticleView> byReporter = a -> a.reporters().contains(reporter);
				Predicate<ArticleView> inYear = a -> Integer.toString(a.date().getYear()).equals(year);
				List<ArticleView> both = hits.stream().filter(byReporter.and(inYear)).toList();
				assertThat(chosen.total()).isEqualTo(both.size());
				assertThat(both.stream().map(ArticleView::id).toList())
					.containsAll(chosen.hits().stream().map(SearchHit::id).toList());
				assertExact(chosen.facets().reporter(), count(hits.stream().filter(inYear).toList(), ArticleView::reporters), 200);
				assertExact(chosen.facets().year(),
						count(hits.stream().filter(byReporter).toList(), a -> List.of(Integer.toString(a.date().getYear()))),
						Integer.MAX_VALUE);
				assertExact(chosen.facets().newspaper(), count(both, a -> List.of(a.newspaper())), 200);
			}
		}
		outcome.put("facets", "exact");
	}

	private static SearchRequest request(String query, List<String> reporters, List<String> years, int facetSize,
			SearchRequest.Order order) {
		return new SearchRequest(query, List.of(), reporters, List.of(), List.of(), List.of(), null, null, years, order, 1,
				10, facetSize);
	}

	private static Map<String, Long> count(List<ArticleView> articles, Function<ArticleView, List<String>> values) {
		Map<String, Long> counts = new HashMap<>();
		for (ArticleView a : articles) {
			for (String v : new HashSet<>(values.apply(a))) {
				if (v != null && !v.isBlank()) {
					counts.merge(v, 1L, Long::sum);
				}
			}
		}
		return counts;
	}

	/**
	 * The facet's values carry their true counts, as many as asked for or there are, and none left out counts more
	 * than one shown.
	 */
	private static void assertExact(List<SearchFacets.FacetCount> shown, Map<String, Long> truth, int limit) {
		Map<String, Long> got = shown.stream().collect(Collectors.toMap(SearchFacets.FacetCount::value, SearchFacets.FacetCount::count));
		got.forEach((value, n) -> assertThat(n).as("count of %s", value).isEqualTo(truth.get(value)));
		assertThat(got).hasSize(Math.min(limit, truth.size()));
		// A top list most first and, at equal counts, in the order of the values (as both engines' facet counts order
		// them); the whole of the years and months in time order.
		assertThat(shown).isSortedAccordingTo(limit == Integer.MAX_VALUE ? Comparator.comparing(SearchFacets.FacetCount::value)
				: Comparator.comparingLong(SearchFacets.FacetCount::count).reversed().thenComparing(SearchFacets.FacetCount::value));
		long least = got.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
		truth.forEach((value, n) -> {
			if (!got.containsKey(value)) {
				assertThat(n).as("%s left out", value).isLessThanOrEqualTo(least);
			}
		});
	}

	@Test
	@Order(4)
	void highlightingIsEscaped() {
		SearchResult found = engine.search(SearchRequest.of("鹽湖", 1, 10));
		SearchHit hit = found.hits().stream().filter(h -> h.id() == 900_001).findFirst().orElseThrow();
		assertThat(hit.headlineHtml()).contains("<mark>").contains("&lt;b&gt;").doesNotContain("<b>");
		assertThat(hit.snippetHtml()).contains("<mark>").doesNotContain("<script>");
		SearchHit quoted = engine.search(SearchRequest.of("引号", 1, 10)).hits().get(0);
		assertThat(quoted.headlineHtml()).contains("A&amp;B").contains("<mark>引号</mark>");
		SearchHit plain = engine.search(SearchRequest.of("ego-park", 1, 10)).hits().stream().filter(h -> h.id() == 900_002)
			.findFirst().orElseThrow();
		assertThat(plain.snippetHtml()).contains("&lt;标签&gt;").contains("&amp;amp;").doesNotContain("<标签>");
		outcome.put("highlight", "escaped");
	}

	@Test
	@Order(4)
	void textReadByOcrIsMarkedWithItsConfidenceInHitsAndExports() {
		SearchHit scanned = engine.search(SearchRequest.of("缩微胶卷", 1, 10)).hits().get(0);
		assertThat(scanned.id()).isEqualTo(900_004);
		assertThat(scanned.ocrConfidence()).isEqualTo(0.931);
		assertThat(engine.search(SearchRequest.of("鹽湖", 1, 10)).hits()).allSatisfy(h -> assertThat(h.ocr()).isFalse());
		List<ExportRow> rows = new ArrayList<>();
		engine.forEachHit(SearchRequest.of("缩微胶卷", 1, 10), rows::add);
		assertThat(rows).extracting(ExportRow::ocrConfidence).containsExactly(0.931);
		outcome.put("ocr", "marked");
	}

	/**
	 * Ranked by relevance, a page is the same slice of one ranking whatever the page size: the best hits of a page are
	 * found by skipping what cannot reach it, and that skipping depends on how many hits are asked for.
	 */
	@Test
	@Order(5)
	void rankedPagesAreSlicesOfOneRanking() {
		int checked = 0;
		for (String query : List.of("青海", "记者", "发展", "西宁")) {
			for (List<String> years : List.of(List.<String>of(), List.of("2019"))) {
				SearchResult whole = engine.search(ranked(query, years, 1, 60));
				if (whole.total() < 60) {
					continue;
				}
				List<Long> paged = new ArrayList<>();
				for (int page = 1; page <= 6; page++) {
					engine.search(ranked(query, years, page, 10)).hits().forEach(h -> paged.add(h.id()));
				}
				assertThat(paged).as("pages of 10 of %s in %s", query, years)
					.isEqualTo(whole.hits().stream().map(SearchHit::id).toList());
				assertThat(truth(query)).containsAll(paged);
				whole.hits().forEach(h -> assertThat(years.isEmpty() || years.contains(h.date().substring(0, 4)))
					.as("year of %s", h.id()).isTrue());
				checked++;
			}
		}
		assertThat(checked).as("searches with 60 hits or more").isGreaterThanOrEqualTo(2);
		outcome.put("ranked pages", "ok");
	}

	private static SearchRequest ranked(String query, List<String> years, int page, int size) {
		return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, years,
				SearchRequest.Order.RELEVANCE, page, size, 10);
	}

	@Test
	@Order(5)
	void deepPagingAndExportAgree() {
		String query = "青海";
		Set<Long> expected = truth(query);
		assertThat(expected.size()).isGreaterThan(30);
		List<Long> paged = new ArrayList<>();
		int size = 7;
		for (int page = 1; (page - 1) * size < expected.size(); page++) {
			SearchResult result = engine.search(new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(),
					null, null, List.of(), SearchRequest.Order.NEWEST, page, size, 10));
			result.hits().forEach(h -> paged.add(h.id()));
		}
		assertThat(paged).doesNotHaveDuplicates();
		assertThat(new HashSet<>(paged)).isEqualTo(expected);
		List<Long> exported = new ArrayList<>();
		engine.forEachHit(new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
				SearchRequest.Order.NEWEST, 1, 10, 10), row -> exported.add(row.id()));
		assertThat(exported).isEqualTo(paged);
		SearchResult past = engine.search(SearchRequest.of(query, 10_000 / 10, 10));
		assertThat(past.notices()).contains(SearchNotice.PAST_LAST_PAGE);
		assertThat(past.hits()).isNotEmpty();
		outcome.put("paging", "ok");
	}

	@Test
	@Order(6)
	void reingestKeepsIdsAndForgetsWhatIsGone() throws IOException {
		long docs = engine.live().documentCount();
		List<ArticleView> page = corpus.stream().filter(a -> a.pageId() == 900_001).toList();
		ArticleView changed = page.get(0);
		ArticleView edited = new ArticleView(changed.id(), changed.pageId(), changed.newspaper(), changed.date(), changed.pageLabel(),
				changed.position(), changed.kicker(), "改过的标题", changed.subtitle(), changed.dateline(), changed.eventDate(),
				changed.byline(), "改正后的正文写着独一无二的词：鳄鱼湾。", 1.0, List.of(), changed.reporters(), changed.officials());
		// Revision 2: the first article corrected, the second gone.
		index(engine.live(), List.of(new PageSnapshot(900_001, 2, List.of(edited))));
		assertThat(exported(SearchRequest.of("鳄鱼湾", 1, 10))).containsExactly(changed.id());
		assertThat(exported(SearchRequest.of("鹽湖經濟", 1, 10))).isEmpty();
		assertThat(exported(SearchRequest.of("ego-park", 1, 10))).doesNotContain(page.get(1).id());
		assertThat(engine.live().documentCount()).isEqualTo(docs - 1);
		assertThat(engine.live().pageContents()).extractingByKey(900_001L).extracting(PageContents::revision).isEqualTo(2L);
		// The same revision again (work repeated after a crash) changes nothing.
		index(engine.live(), List.of(new PageSnapshot(900_001, 2, List.of(edited))));
		assertThat(engine.live().documentCount()).isEqualTo(docs - 1);
		engine.live().deletePage(900_002);
		engine.live().commit(0);
		assertThat(exported(SearchRequest.of("年末简讯", 1, 10))).isEmpty();
		assertThat(engine.live().pageContents()).doesNotContainKey(900_002L);
		assertThat(engine.live().documentCount()).isEqualTo(docs - 2);
		outcome.put("reingest", "ok");
	}

	@Test
	@Order(7)
	void aRebuildSwapsInWhole() throws IOException {
		List<ArticleView> seedsOnly = corpus.stream().filter(a -> a.id() < 100_000).toList();
		IndexTarget next = engine.newGeneration();
		index(next, pages(seedsOnly, 3));
		// Until the swap, searches read the old index whole.
		assertThat(engine.search(SearchRequest.of("", 1, 10)).total()).isGreaterThan(SYNTHETIC);
		engine.swap(next);
		assertThat(engine.search(SearchRequest.of("", 1, 10)).total()).isEqualTo(seedsOnly.size());
		assertThat(engine.live().pageContents().values()).extracting(PageContents::revision).containsOnly(3L);
		assertThat(engine.newestStored()).isEqualTo(seedsOnly.stream().mapToLong(ArticleView::id).max().orElseThrow());
		// Back to the whole corpus for whatever an engine's own tests do next.
		IndexTarget whole = engine.newGeneration();
		index(whole, pages(corpus, 4));
		engine.swap(whole);
		assertThat(engine.search(SearchRequest.of("", 1, 10)).total()).isEqualTo(corpus.size());
		outcome.put("rebuild", "swapped");
	}

	@Test
	@Order(8)
	void relatedArticlesShareWording() {
		ArticleView seed = corpus.stream().filter(a -> a.id() < 100_000 && a.body().length() > 200).findFirst().orElseThrow();
		List<ExportRow> related = engine.related(seed, 5);
		assertThat(related).isNotEmpty().extracting(ExportRow::id).doesNotContain(seed.id());
		assertThat(engine.countStoredAfter(SearchRequest.of("", 1, 10), 100_000 + SYNTHETIC - 11)).isEqualTo(10 + handMade().size());
	}

	@Test
	@Order(9)
	void hostileQueriesAreReadAsTextNeverAsTheEnginesSyntax() {
		for (String query : List.of("{!lucene}*:*", "\\", "\"", "body:*", "*:*", "((((", "a:b:c", "id:[* TO *]", "记者:\"",
				"-*", "NOT", "OR OR", "\\\"青海\\\"", "青海~2", "青^10海", "_query_:\"{!mlt}1\"", "/.*/")) {
			assertThat(engine.search(SearchRequest.of(query, 1, 10)).notices()).as("%s answered", query).isNotNull();
		}
		// No regular expression, no local parameters: only letters and digits are searched, as a phrase.
		assertThat(engine.search(SearchRequest.of("/.*/", 1, 10)).total()).isZero();
		assertThat(engine.search(SearchRequest.of("\"{!lucene}青海\"", 1, 10)).total()).isEqualTo(truth("lucene青海").size());
		outcome.put("hostile", "text");
	}

}
