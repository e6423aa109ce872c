package org.baoku.archive;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads articles with their page, reporters and officials. */
@Repository
class ArticleRepository {

	private static final String SELECT_ARTICLES = """
			select a.id, a.page_id, n.name as newspaper, i.issue_date, p.page_label, a.position, a.kicker,
			       a.headline, a.subtitle, a.dateline, a.event_date, a.byline, a.body, a.confidence, a.doubts,
			       a.ocr_confidence
			from article a
			join page p on p.id = a.page_id
			join issue i on i.id = p.issue_id
			join newspaper n on n.id = i.newspaper_id
			""";

	private final JdbcClient jdbc;

	ArticleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ArticleView> find(long id) {
		return withPeople(jdbc.sql(SELECT_ARTICLES + " where a.id = :id").param("id", id).query(this::row).list())
			.stream()
			.findFirst();
	}

	List<ArticleView> ofPage(long pageId) {
		return withPeople(jdbc.sql(SELECT_ARTICLES + " where a.page_id = :page order by a.position")
			.param("page", pageId)
			.query(this::row)
			.list());
	}

	/** The articles of several pages, page by page in page order. */
	List<ArticleView> ofPages(List<Long> pageIds) {
		if (pageIds.isEmpty()) {
			return List.of();
		}
		return withPeople(jdbc.sql(SELECT_ARTICLES + " where a.page_id in (:pages) order by a.page_id, a.position")
			.param("pages", pageIds)
			.query(this::row)
			.list());
	}

	Optional<Long> revision(long pageId) {
		return jdbc.sql("select revision from page where id = :id").param("id", pageId).query(Long.class).optional();
	}

	/** Pages after {@code afterId} with their revisions, in id order: a rebuild walks the archive this way. */
	Map<Long, Long> revisionsAfter(long afterId, int limit) {
		Map<Long, Long> revisions = new LinkedHashMap<>();
		jdbc.sql("select id, revision from page where id > :after order by id limit :n")
			.param("after", afterId)
			.param("n", limit)
			.query(rs -> {
				revisions.put(rs.getLong(1), rs.getLong(2));
			});
		return revisions;
	}

	/** Every page's revision: what the index must hold, page by page. */
	Map<Long, Long> revisions() {
		Map<Long, Long> revisions = new LinkedHashMap<>();
		jdbc.sql("select id, revision from page").query(rs -> {
			revisions.put(rs.getLong(1), rs.getLong(2));
		});
		return revisions;
	}

	/**
	 * The revision and article count of each page that holds at least one article: the pages the index has
	 * documents of.
	 */
	Map<Long, PageContents> contentsOfPagesWithArticles() {
		Map<Long, PageContents> pages = new LinkedHashMap<>();
		jdbc.sql("""
				select p.id, p.revision, count(*)
				from page p
				join article a on a.page_id = p.id
				group by p.id, p.revision
				""").query(rs -> {
			pages.put(rs.getLong(1), new PageContents(rs.getLong(2), rs.getInt(3)));
		});
		return pages;
	}

	Optional<RetiredArticle> retired(long id) {
		return jdbc.sql("select id, page_id, headline, reason, merged_into from retired_article where id = :id")
			.param("id", id)
			.query((rs, n) -> new RetiredArticle(rs.getLong(1), rs.getLong(2), rs.getString(3),
					RetiredArticle.Reason.of(rs.getString(4)), rs.getObject(5, Long.class)))
			.optional();
	}

	private static final String WAITING_FOR_REVIEW = """
			 where (a.confidence < :below or cardinality(a.doubts) > 0) and not a.corrected and p.checked_at is null
			   and (cast(:paper as text) is null or n.name = :paper)
			   and (cast(:from as date) is null or i.issue_date >= :from)
			   and (cast(:to as date) is null or i.issue_date <= :to)
			   and (cast(:doubt as text) is null or exists (select 1 from unnest(a.doubts) d where starts_with(d, :doubt)))
			""";

	/** A page an admin deleted: which it was, who deleted it and when. */
	record DeletedPage(String newspaper, LocalDate date, String pageLabel, String deletedBy, java.time.OffsetDateTime at) {
		/** Newspaper, date and page label, as the messages name a page. */
		Object[] names() {
			return new Object[] { newspaper, date.toString(), pageLabel };
		}

		@Override
		public String toString() {
			return newspaper + " " + date + " " + pageLabel + ", by " + deletedBy + " at " + at.toLocalDate();
		}

	}

	Optional<DeletedPage> deletedPage(long id) {
		return jdbc.sql("select newspaper, issue_date, page_label, deleted_by, deleted_at from deleted_page where id = :id")
			.param("id", id)
			.query((rs, n) -> new DeletedPage(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class)))
			.optional();
	}

	long deletedPages(String newspaper, LocalDate date) {
		return jdbc.sql("select count(*) from deleted_page where newspaper = :paper and issue_date = :date")
			.param("paper", newspaper)
			.param("date", date)
			.query(Long.class)
			.single();
	}

	/** Doubted articles no editor has corrected, on pages not marked checked: oldest page first. */
	List<ArticleView> waitingForReview(ArchiveApi.ReviewFilter filter, ArchiveApi.ReviewOrder order, int limit) {
		String pageOrder = "i.issue_date, n.name, p.page_label, a.position";
		return withPeople(review(SELECT_ARTICLES + WAITING_FOR_REVIEW + " order by "
				+ (order == ArchiveApi.ReviewOrder.DOUBT ? "a.confidence, " + pageOrder : pageOrder) + " limit :limit", filter)
			.param("limit", limit)
			.query(this::row)
			.list());
	}

	ArchiveApi.ReviewCounts reviewCounts(ArchiveApi.ReviewFilter filter) {
		return review("""
				select count(distinct a.page_id), count(*)
				from article a
				join page p on p.id = a.page_id
				join issue i on i.id = p.issue_id
				join newspaper n on n.id = i.newspaper_id
				""" + WAITING_FOR_REVIEW, filter)
			.query((rs, n) -> new ArchiveApi.ReviewCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	Map<String, Long> reviewDoubtCounts(ArchiveApi.ReviewFilter filter, List<String> doubtStarts) {
		Map<String, Long> counts = new LinkedHashMap<>();
		review("""
				select s.start, count(*)
				from article a
				join page p on p.id = a.page_id
				join issue i on i.id = p.issue_id
				join newspaper n on n.id = i.newspaper_id
				cross join unnest(:starts::text[]) s(start)
				""" + WAITING_FOR_REVIEW + """
				   and exists (select 1 from unnest(a.doubts) d where starts_with(d, s.start))
				group by s.start
				""", filter)
			.param("starts", doubtStarts.toArray(String[]::new))
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private JdbcClient.StatementSpec review(String sql, ArchiveApi.ReviewFilter filter) {
		return jdbc.sql(sql)
			.param("below", filter.confidenceBelow())
			.param("paper", filter.newspaper() == null || filter.newspaper().isBlank() ? null : filter.newspaper())
			.param("from", filter.from())
			.param("to", filter.to())
			.param("doubt", filter.doubtStart());
	}

	long count() {
		return jdbc.sql("select count(*) from article").query(Long.class).single();
	}

	private static final String SELECT_PAGES = """
			select p.id, n.name, i.issue_date, p.page_label, p.source_file,
			       (select count(*) from article a where a.page_id = p.id) as articles
			from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
			""";

	Optional<PageSummary> page(long id) {
		return jdbc.sql(SELECT_PAGES + " where p.id = :id").param("id", id).query(this::pageRow).optional();
	}

	/** The pages of one issue, in page order. */
	List<PageSummary> pagesOf(String newspaper, LocalDate date) {
		return jdbc.sql(SELECT_PAGES + " where n.name = :paper and i.issue_date = :date")
			.param("paper", newspaper)
			.param("date", date)
			.query(this::pageRow)
			.list()
			.stream()
			.sorted(PageSummary.PAGE_ORDER)
			.toList();
	}

	/** The page's text as ingested, for showing an article's place in it. */
	Optional<String> rawText(long pageId) {
		return jdbc.sql("select raw_text from page where id = :id").param("id", pageId).query(String.class).optional();
	}

	private PageSummary pageRow(ResultSet rs, int n) throws SQLException {
		return new PageSummary(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
				rs.getString(5), rs.getInt(6));
	}

	private ArticleView row(ResultSet rs, int n) throws SQLException {
		return new ArticleView(rs.getLong("id"), rs.getLong("page_id"), rs.getString("newspaper"),
				rs.getObject("issue_date", LocalDate.class), rs.getString("page_label"), rs.getInt("position"),
				rs.getString("kicker"), rs.getString("headline"), rs.getString("subtitle"), rs.getString("dateline"),
				rs.getObject("event_date", LocalDate.class), rs.getString("byline"), rs.getString("body"), rs.getDouble("confidence"), strings(rs.getArray("doubts")),
				List.of(), List.of(), rs.getObject("ocr_confidence") == null ? null : rs.getDouble("ocr_confidence"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** Fills in reporters and officials with one query each for the whole list. */
	private List<ArticleView> withPeople(List<ArticleView> articles) {
		if (articles.isEmpty()) {
			return articles;
		}
		List<Long> ids = articles.stream().map(ArticleView::id).toList();
		Map<Long, List<String>> reporters = new LinkedHashMap<>();
		jdbc.sql("""
				select ar.article_id, r.name from article_reporter ar join reporter r on r.id = ar.reporter_id
				where ar.article_id in (:ids) order by ar.article_id, ar.position
				""")
			.param("ids", ids)
			.query(rs -> {
				reporters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<ArticleView.OfficialTitle>> officials = new LinkedHashMap<>();
		jdbc.sql("""
				select ao.article_id, o.name, ao.title from article_official ao join official o on o.id = ao.official_id
				where ao.article_id in (:ids) order by ao.article_id, ao.position
				""")
			.param("ids", ids)
			.query(rs -> {
				officials.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new ArticleView.OfficialTitle(rs.getString(2), rs.getString(3)));
			});
		return articles.stream()
			.map(a -> new ArticleView(a.id(), a.pageId(), a.newspaper(), a.date(), a.pageLabel(), a.position(),
					a.kicker(), a.headline(), a.subtitle(), a.dateline(), a.eventDate(), a.byline(), a.body(),
					a.confidence(), a.doubts(),
					reporters.getOrDefault(a.id(), List.of()), officials.getOrDefault(a.id(), List.of()), a.ocrConfidence()))
			.toList();
	}

}
