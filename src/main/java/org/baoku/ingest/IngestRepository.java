package org.baoku.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.baoku.ingest.entity.OfficialMention;
import org.baoku.ingest.pdf.Region;
import org.baoku.ingest.split.Credit;
import org.baoku.ingest.split.SplitArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes pages, their articles and the people in them. Callers hold the transaction. */
@Repository
class IngestRepository {

	private final JdbcClient jdbc;

	private final IngestLimits limits;

	IngestRepository(JdbcClient jdbc, IngestLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/** A stored page: where it sits and a fingerprint of its bytes. */
	record StoredPage(long id, String newspaper, LocalDate date, String pageLabel, String sha256) {
	}

	Optional<StoredPage> findBySha(String sha256) {
		return jdbc.sql("""
				select p.id, n.name, i.issue_date, p.page_label, p.sha256 from page p
				join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where p.sha256 = :sha and not p.legacy_duplicate
				""")
			.param("sha", sha256)
			.query((rs, n) -> new StoredPage(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	Optional<StoredPage> findSlot(String newspaper, LocalDate date, String pageLabel) {
		return jdbc.sql("""
				select p.id, n.name, i.issue_date, p.page_label, p.sha256 from page p
				join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where n.name = :paper and i.issue_date = :date and p.page_label = :page
				""")
			.param("paper", newspaper)
			.param("date", date)
			.param("page", pageLabel)
			.query((rs, n) -> new StoredPage(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	/** Locks the page's slot so two uploads of the same page cannot interleave. */
	void lockSlot(String newspaper, LocalDate date, String pageLabel) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", newspaper + "|" + date + "|" + pageLabel)
			.query(rs -> {
			});
	}

	long newspaperId(String name) {
		return jdbc.sql("""
				insert into newspaper (name) values (:name)
				on conflict (name) do update set name = excluded.name returning id
				""").param("name", name).query(Long.class).single();
	}

	/** The issue (the newspaper's edition of that day) a page belongs to, made when it is the day's first page. */
	long issueId(long newspaperId, LocalDate date) {
		return jdbc.sql("""
				insert into issue (newspaper_id, issue_date) values (:paper, :date)
				on conflict (newspaper_id, issue_date) do update set issue_date = excluded.issue_date returning id
				""").param("paper", newspaperId).param("date", date).query(Long.class).single();
	}

	/** Stores the new file's text in the page's row under a new revision; its articles are matched separately. */
	long replacePage(long pageId, RawPage page, String sha256, String text) {
		jdbc.sql("""
				update page set source_file = :file, sha256 = :sha, raw_text = :text, ingested_at = now(),
				                 revision = nextval('page_revision')
				where id = :id
				""").param("file", page.fileName()).param("sha", sha256).param("text", text).param("id", pageId).update();
		// Positions are handed out again below; parked out of the way so the unique (page, position) holds.
		jdbc.sql("update article set position = -position where page_id = :id").param("id", pageId).update();
		return pageId;
	}

	/** The page's articles as stored, to match them with the new version's. */
	List<ArticleMatcher.Stored> storedArticles(long pageId) {
		return jdbc.sql("""
				select id, kicker, headline, subtitle, body from article where page_id = :id order by abs(position)
				""")
			.param("id", pageId)
			.query((rs, n) -> new ArticleMatcher.Stored(rs.getLong(1),
					ArticleMatcher.text(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
			.list();
	}

	/** Gives an existing article (same id, so its links stay) the new version's text, place and people. */
	void updateArticle(long articleId, LocalDate issueDate, int position, SplitArticle a) {
		jdbc.sql("""
				update article set position = :position, kicker = :kicker, headline = :headline,
				       subtitle = :subtitle, dateline = :dateline, byline = :byline, body = :body,
				       confidence = :confidence, doubts = :doubts, event_date = :event
				where id = :id
				""")
			.param("id", articleId)
			.param("position", position)
			.params(articleFields(a, issueDate))
			.update();
		jdbc.sql("delete from article_reporter where article_id = :id").param("id", articleId).update();
		jdbc.sql("delete from article_official where article_id = :id").param("id", articleId).update();
	}

	/** Removes an article a new version of its page no longer has, remembering it so its link answers 410. */
	void retireArticle(long articleId) {
		jdbc.sql("""
				insert into retired_article (id, page_id, headline)
				select id, page_id, headline from article where id = :id
				on conflict (id) do nothing
				""").param("id", articleId).update();
		jdbc.sql("delete from article where id = :id").param("id", articleId).update();
	}

	/** The index work for this page's current revision, in the transaction that stored it. */
	void queueIndexing(long pageId) {
		jdbc.sql("insert into index_outbox (page_id, revision) select id, revision from page where id = :id")
			.param("id", pageId)
			.update();
	}

	/** The page's PDF (its hash and size in points), or none for a text page. */
	void setPdf(long pageId, String sha256, ParsedPage.Layout layout) {
		jdbc.sql("update page set pdf_sha256 = :sha, pdf_width = :width, pdf_height = :height where id = :id")
			.param("sha", sha256)
			.param("width", layout == null ? null : layout.width())
			.param("height", layout == null ? null : layout.height())
			.param("id", pageId)
			.update();
	}

	/** Where the article is printed on its page, replacing what was kept before. */
	void setRegions(long articleId, List<Region> regions) {
		jdbc.sql("delete from article_region where article_id = :id").param("id", articleId).update();
		int seq = 0;
		for (Region r : regions) {
			jdbc.sql("""
					insert into article_region (article_id, seq, x, y, width, height)
					values (:id, :seq, :x, :y, :width, :height)
					""")
				.param("id", articleId)
				.param("seq", seq++)
				.param("x", r.x())
				.param("y", r.y())
				.param("width", r.width())
				.param("height", r.height())
				.update();
		}
	}

	long insertPage(long issueId, RawPage page, String sha256, String text) {
		return jdbc.sql("""
				insert into page (issue_id, page_label, source_file, sha256, raw_text)
				values (:issue, :page, :file, :sha, :text) returning id
				""")
			.param("issue", issueId)
			.param("page", page.pageLabel())
			.param("file", page.fileName())
			.param("sha", sha256)
			.param("text", text)
			.query(Long.class)
			.single();
	}

	long insertArticle(long pageId, LocalDate issueDate, int position, SplitArticle a) {
		return jdbc.sql("""
				insert into article (page_id, position, kicker, headline, subtitle, dateline, byline, body,
				                     confidence, doubts, event_date)
				values (:page, :position, :kicker, :headline, :subtitle, :dateline, :byline, :body,
				        :confidence, :doubts, :event)
				returning id
				""")
			.param("page", pageId)
			.param("position", position)
			.params(articleFields(a, issueDate))
			.query(Long.class)
			.single();
	}

	/** An article's stored fields, the same for a new article and for one updated in place. */
	private Map<String, Object> articleFields(SplitArticle a, LocalDate issueDate) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("kicker", a.headline().kicker());
		fields.put("headline", a.headline().main() == null ? "" : a.headline().main());
		fields.put("subtitle", a.headline().subtitle());
		fields.put("dateline", a.dateline());
		fields.put("byline", a.byline());
		fields.put("body", a.body());
		fields.put("confidence", a.confidence());
		fields.put("doubts", a.doubts().toArray(String[]::new));
		fields.put("event", eventDate(a, issueDate));
		return fields;
	}

	/** The day the article reports on, kept only inside the archive's date range (a misread year is no date). */
	private LocalDate eventDate(SplitArticle a, LocalDate issueDate) {
		LocalDate day = a.eventDay() == null ? null : a.eventDay().on(issueDate).orElse(null);
		return day != null && limits.allows(day) ? day : null;
	}

	void linkReporters(long articleId, List<Credit> credits) {
		for (int position = 0; position < credits.size(); position++) {
			Credit credit = credits.get(position);
			jdbc.sql("""
					insert into article_reporter (article_id, reporter_id, role, position)
					values (:article, :person, :role, :position) on conflict do nothing
					""")
				.param("article", articleId)
				.param("person", personId(UPSERT_REPORTER, credit.name()))
				.param("role", credit.role())
				.param("position", position)
				.update();
		}
	}

	void linkOfficials(long articleId, List<OfficialMention> officials) {
		for (int position = 0; position < officials.size(); position++) {
			OfficialMention official = officials.get(position);
			jdbc.sql("""
					insert into article_official (article_id, official_id, title, position)
					values (:article, :person, :title, :position) on conflict do nothing
					""")
				.param("article", articleId)
				.param("person", personId(UPSERT_OFFICIAL, official.name()))
				.param("title", official.title())
				.param("position", position)
				.update();
		}
	}

	private static final String UPSERT_REPORTER = """
			insert into reporter (name) values (:name)
			on conflict (name) do update set name = excluded.name returning id
			""";

	private static final String UPSERT_OFFICIAL = """
			insert into official (name) values (:name)
			on conflict (name) do update set name = excluded.name returning id
			""";

	private long personId(String upsert, String name) {
		return jdbc.sql(upsert).param("name", name).query(Long.class).single();
	}

	/** The reporters in the archive: the gazetteer the splitter reads glued bylines with. */
	Set<String> reporterNames() {
		return Set.copyOf(jdbc.sql("select name from reporter").query(String.class).list());
	}

	/** The officials in the archive: names the extractor takes as they stand after a title. */
	Set<String> officialNames() {
		return Set.copyOf(jdbc.sql("select name from official").query(String.class).list());
	}

	Optional<String> state(String key) {
		return jdbc.sql("select value from app_state where key = :key").param("key", key).query(String.class).optional();
	}

	void setState(String key, String value) {
		jdbc.sql("""
				insert into app_state (key, value) values (:key, :value)
				on conflict (key) do update set value = excluded.value, updated_at = now()
				""").param("key", key).param("value", value).update();
	}

}
