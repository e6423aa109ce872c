package org.baoku.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.baoku.archive.PrintedName;
import org.baoku.ingest.entity.OfficialMention;
import org.baoku.ingest.pdf.Region;
import org.baoku.ingest.pdf.ScanText;
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

	/** The page number a label stands for, as the database finds pages by it (2 = 02 = 第2版): page_key() in db/V16. */
	String pageKey(String label) {
		return jdbc.sql("select page_key(:page)").param("page", label).query(String.class).single();
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
				where n.name = :paper and i.issue_date = :date and p.page_key = page_key(:page)
				""")
			.param("paper", newspaper)
			.param("date", date)
			.param("page", pageLabel)
			.query((rs, n) -> new StoredPage(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	/** A stored page's file as kept: its text, or (a page PDF) the kept file's hash. */
	record StoredFile(String newspaper, LocalDate date, String pageLabel, String sourceFile, String sha256,
			String rawText, String pdfSha256) {
	}

	Optional<StoredFile> storedFile(long pageId) {
		return jdbc.sql("""
				select n.name, i.issue_date, p.page_label, p.source_file, p.sha256, p.raw_text, p.pdf_sha256 from page p
				join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id where p.id = :id
				""")
			.param("id", pageId)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5).strip(), rs.getString(6), rs.getString(7)))
			.optional();
	}

	/** Locks the page's slot (by its page number, 2 = 02) so two uploads of the same page cannot interleave. */
	void lockSlot(String newspaper, LocalDate date, String pageLabel) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key || page_key(:page)))")
			.param("key", newspaper + "|" + date + "|")
			.param("page", pageLabel)
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
				                 revision = nextval('page_revision'), checked_by = null, checked_at = null
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
	void updateArticle(long articleId, LocalDate issueDate, int position, SplitArticle a, Double ocrConfidence) {
		jdbc.sql("""
				update article set position = :position, kicker = :kicker, headline = :headline,
				       subtitle = :subtitle, dateline = :dateline, byline = :byline, body = :body,
				       confidence = :confidence, doubts = :doubts, event_date = :event, corrected = false,
				       ocr_confidence = :ocr
				where id = :id
				""")
			.param("id", articleId)
			.param("position", position)
			.params(articleFields(a, issueDate, ocrConfidence))
			.update();
		jdbc.sql("delete from article_reporter where article_id = :id").param("id", articleId).update();
		jdbc.sql("delete from article_official where article_id = :id").param("id", articleId).update();
	}

	/** Removes an article a new version of its page no longer has, remembering it so its link answers 410. */
	void retireArticle(long articleId) {
		retire(articleId, "reingested", null);
	}

	/** Removes an article an editor merged into another, remembering which so its link answers 410 and leads there. */
	void retireMerged(long articleId, long into) {
		retire(articleId, "merged", into);
	}

	/** Removes what an editor marked as no article (a masthead, an advertisement); its link answers 410 and says so. */
	void retireNotArticle(long articleId) {
		retire(articleId, "not_article", null);
	}

	private void retire(long articleId, String reason, Long mergedInto) {
		jdbc.sql("""
				insert into retired_article (id, page_id, headline, reason, merged_into)
				select id, page_id, headline, :reason, :into from article where id = :id
				on conflict (id) do nothing
				""").param("id", articleId).param("reason", reason).param("into", mergedInto).update();
		jdbc.sql("delete from article where id = :id").param("id", articleId).update();
	}

	/** The pages of one issue, in id order. */
	List<Long> pagesOf(String newspaper, LocalDate date) {
		return jdbc.sql("""
				select p.id from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where n.name = :paper and i.issue_date = :date order by p.id""")
			.param("paper", newspaper)
			.param("date", date)
			.query(Long.class)
			.list();
	}

	/** Locks the page's row and gives its issue; empty when there is no such page. */
	Optional<Long> lockPage(long pageId) {
		return jdbc.sql("select issue_id from page where id = :id for update")
			.param("id", pageId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Deletes a locked page: remembers it (its link then answers 410), retires its articles, queues its index work
	 * (the indexer drops a page PostgreSQL no longer has), and deletes its issue when no page is left.
	 */
	void deletePage(long pageId, long issueId, String admin) {
		jdbc.sql("""
				insert into deleted_page (id, newspaper, issue_date, page_label, deleted_by)
				select p.id, n.name, i.issue_date, p.page_label, :admin
				from page p join issue i on i.id = p.issue_id join newspaper n on n.id = i.newspaper_id
				where p.id = :id""")
			.param("id", pageId)
			.param("admin", admin)
			.update();
		jdbc.sql("select id from article where page_id = :id").param("id", pageId).query(Long.class).list()
			.forEach(id -> retire(id, "page_deleted", null));
		queueIndexing(pageId);
		jdbc.sql("delete from page where id = :id").param("id", pageId).update();
		jdbc.sql("delete from issue where id = :issue and not exists (select 1 from page where issue_id = :issue)")
			.param("issue", issueId)
			.update();
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

	/** The lines OCR read on a scanned page, replacing what was kept before (none for a page read from text). */
	void setScanText(long pageId, ScanText scan) {
		jdbc.sql("delete from page_ocr_line where page_id = :id").param("id", pageId).update();
		if (scan == null) {
			return;
		}
		List<ScanText.ScannedLine> lines = scan.lines();
		for (int seq = 0; seq < lines.size(); seq++) {
			ScanText.ScannedLine l = lines.get(seq);
			jdbc.sql("""
					insert into page_ocr_line (page_id, seq, x, y, width, height, text, confidence, weakest, unsure)
					values (:page, :seq, :x, :y, :width, :height, :text, :confidence, :weakest, :unsure)
					""")
				.param("page", pageId)
				.param("seq", seq)
				.param("x", l.box().x())
				.param("y", l.box().y())
				.param("width", l.box().width())
				.param("height", l.box().height())
				.param("text", l.box().text())
				.param("confidence", l.confidence())
				.param("weakest", l.weakest())
				.param("unsure", l.unsure())
				.update();
		}
	}

	/** Where the article is printed on its page, replacing what was kept before. */
	void setRegions(long articleId, List<Region> regions) {
		jdbc.sql("delete from article_region where article_id = :id").param("id", articleId).update();
		addRegions(articleId, regions);
	}

	/** Where a new article is printed on its page. */
	void addRegions(long articleId, List<Region> regions) {
		int seq = 0;
		for (Region r : regions) {
			jdbc.sql("""
					insert into article_region (article_id, seq, x, y, width, height, text)
					values (:id, :seq, :x, :y, :width, :height, :text)
					""")
				.param("id", articleId)
				.param("seq", seq++)
				.param("x", r.x())
				.param("y", r.y())
				.param("width", r.width())
				.param("height", r.height())
				.param("text", r.text().isEmpty() ? null : r.text())
				.update();
		}
	}

	/** A new page, with its PDF's hash and size when it was read from one (layout not null). */
	long insertPage(long issueId, RawPage page, String sha256, String text, ParsedPage.Layout layout) {
		return jdbc.sql("""
				insert into page (issue_id, page_label, page_key, source_file, sha256, raw_text, pdf_sha256, pdf_width,
				                  pdf_height)
				values (:issue, :page, page_key(:page), :file, :sha, :text, :pdf, :width, :height) returning id
				""")
			.param("issue", issueId)
			.param("page", page.pageLabel())
			.param("file", page.fileName())
			.param("sha", sha256)
			.param("text", text)
			.param("pdf", layout == null ? null : sha256)
			.param("width", layout == null ? null : layout.width())
			.param("height", layout == null ? null : layout.height())
			.query(Long.class)
			.single();
	}

	/** A new article; {@code ocrConfidence} null for text not read by OCR. */
	long insertArticle(long pageId, LocalDate issueDate, int position, SplitArticle a, Double ocrConfidence) {
		return jdbc.sql("""
				insert into article (page_id, position, kicker, headline, subtitle, dateline, byline, body,
				                     confidence, doubts, event_date, ocr_confidence)
				values (:page, :position, :kicker, :headline, :subtitle, :dateline, :byline, :body,
				        :confidence, :doubts, :event, :ocr)
				returning id
				""")
			.param("page", pageId)
			.param("position", position)
			.params(articleFields(a, issueDate, ocrConfidence))
			.query(Long.class)
			.single();
	}

	/** An article's stored fields, the same for a new article and for one updated in place. */
	private Map<String, Object> articleFields(SplitArticle a, LocalDate issueDate, Double ocrConfidence) {
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
		fields.put("ocr", ocrConfidence);
		return fields;
	}

	/** The day the article reports on, kept only inside the archive's date range (a misread year is no date). */
	private LocalDate eventDate(SplitArticle a, LocalDate issueDate) {
		LocalDate day = a.eventDay() == null ? null : a.eventDay().on(issueDate).orElse(null);
		return day != null && limits.allows(day) ? day : null;
	}

	/** A person named in an article: who, with the role or title printed there, at which place of its list. */
	record Mention(long articleId, String name, String label, int position) {

		/** One person, one row, however the name came with invisible characters or full-width letters. */
		Mention {
			name = PrintedName.of(name);
		}

	}

	/** The reporters of a page's articles (role as label), three statements for the whole page. */
	void linkReporters(List<Mention> mentions) {
		link("reporter", "article_reporter (article_id, reporter_id, role, position)", mentions);
	}

	/** The officials of a page's articles (title as label), three statements for the whole page. */
	void linkOfficials(List<Mention> mentions) {
		link("official", "article_official (article_id, official_id, title, position)", mentions);
	}

	/**
	 * Adds the people not known yet (in name order, so two pages adding the same names cannot deadlock), reads
	 * their ids, and links them. A name another transaction is adding waits for it; read committed, the look-up
	 * after it then sees the row whichever way it ended.
	 */
	private void link(String people, String links, List<Mention> mentions) {
		if (mentions.isEmpty()) {
			return;
		}
		String[] names = mentions.stream().map(Mention::name).distinct().sorted().toArray(String[]::new);
		jdbc.sql("insert into " + people + " (name) select n from unnest(:names::text[]) n order by n"
				+ " on conflict (name) do nothing")
			.param("names", names)
			.update();
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select name, id from " + people + " where name = any(:names::text[])")
			.param("names", names)
			.query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		jdbc.sql("insert into " + links + " select * from unnest(:articles::bigint[], :people::bigint[], :labels::text[],"
				+ " :positions::int[]) on conflict do nothing")
			.param("articles", mentions.stream().map(Mention::articleId).toArray(Long[]::new))
			.param("people", mentions.stream().map(m -> ids.get(m.name())).toArray(Long[]::new))
			.param("labels", mentions.stream().map(Mention::label).toArray(String[]::new))
			.param("positions", mentions.stream().map(Mention::position).toArray(Integer[]::new))
			.update();
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
