package org.baoku.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections (V8) and the article fields they change. Callers hold the transaction. */
@Repository
class CorrectionRepository {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A correction as stored: its article (null once the article is gone), the fields before and after. */
	record Stored(long id, Long articleId, long pageId, String kind, Anchor anchor, String headline, String editor,
			OffsetDateTime madeAt, ArticleFields before, ArticleFields after, String state, StaleReason staleReason,
			PagePlace place) {
	}

	/**
	 * What a merge, a split or a body edit was made on, to find it again in a new split of the page: a merge joined an
	 * article whose body was {@code first} with the next, whose body was {@code second}; a split cut the body
	 * {@code first} before paragraph {@code at}, the second part headed {@code headline}; a body edit made the body
	 * {@code first} into {@code second}; a block move took the text {@code first} out of a body and gave it to the
	 * article whose body was {@code second}, or to a new article headed {@code headline}, or (both null) to none.
	 */
	record Anchor(String first, String second, int at, String headline) {
	}

	/** An article's place and body. */
	record Placed(long id, int position, String body) {
	}

	private final JdbcClient jdbc;

	CorrectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page an article is on; empty when there is no such article. */
	Optional<Long> pageOf(long articleId) {
		return jdbc.sql("select page_id from article where id = :id for update")
			.param("id", articleId)
			.query(Long.class)
			.optional();
	}

	/** Whether the article is there, read without a lock (for listing). */
	boolean exists(long articleId) {
		return jdbc.sql("select count(*) from article where id = :id").param("id", articleId).query(Long.class).single() > 0;
	}

	ArticleFields fields(long articleId) {
		ArticleFields head = jdbc.sql("select kicker, headline, subtitle, dateline from article where id = :id")
			.param("id", articleId)
			.query((rs, n) -> new ArticleFields(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					List.of(), List.of()))
			.single();
		List<ArticleFields.Person> reporters = people(articleId, "reporter", "article_reporter", "role");
		List<ArticleFields.Person> officials = people(articleId, "official", "article_official", "title");
		return new ArticleFields(head.kicker(), head.headline(), head.subtitle(), head.dateline(), reporters, officials);
	}

	/** The people an article names in one of its lists (reporters with roles, officials with titles), in order. */
	private List<ArticleFields.Person> people(long articleId, String people, String links, String label) {
		return jdbc.sql("select p.name, l." + label + " from " + links + " l join " + people + " p on p.id = l." + people
				+ "_id where l.article_id = :id order by l.position")
			.param("id", articleId)
			.query((rs, n) -> new ArticleFields.Person(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Writes the fields (the people through {@code people}, which links them) and marks the article corrected. */
	void setFields(long articleId, ArticleFields fields, IngestRepository people) {
		jdbc.sql("""
				update article set kicker = :kicker, headline = :headline, subtitle = :subtitle, dateline = :dateline,
				                   corrected = true
				where id = :id""")
			.param("id", articleId)
			.param("kicker", fields.kicker())
			.param("headline", fields.headline())
			.param("subtitle", fields.subtitle())
			.param("dateline", fields.dateline())
			.update();
		jdbc.sql("delete from article_reporter where article_id = :id").param("id", articleId).update();
		jdbc.sql("delete from article_official where article_id = :id").param("id", articleId).update();
		people.linkReporters(mentions(articleId, fields.reporters()));
		people.linkOfficials(mentions(articleId, fields.officials()));
	}

	/** A new revision of the page: the index takes the corrected articles in place of the old ones. */
	void newRevision(long pageId, IngestRepository pages) {
		jdbc.sql("update page set revision = nextval('page_revision') where id = :id").param("id", pageId).update();
		pages.queueIndexing(pageId);
	}

	long insert(long articleId, long pageId, String editor, ArticleFields before, ArticleFields after) {
		return insert(articleId, pageId, "fields", null, editor, before, after);
	}

	long insert(long articleId, long pageId, String kind, Anchor anchor, String editor, ArticleFields before,
			ArticleFields after) {
		return insert(articleId, pageId, kind, anchor, new PagePlace(PagePlace.boxes(regions(articleId)), null, null),
				editor, before, after);
	}

	long insert(long articleId, long pageId, String kind, Anchor anchor, PagePlace place, String editor,
			ArticleFields before, ArticleFields after) {
		return jdbc.sql("""
				insert into correction (article_id, page_id, kind, anchor, place, headline, editor, before, after)
				values (:article, :page, :kind, cast(:anchor as jsonb), cast(:place as jsonb), :headline, :editor,
				        cast(:before as jsonb), cast(:after as jsonb))
				returning id""")
			.param("article", articleId)
			.param("page", pageId)
			.param("kind", kind)
			.param("anchor", anchor == null ? null : json(anchor))
			.param("place", json(place))
			.param("headline", after.headline())
			.param("editor", editor)
			.param("before", json(before))
			.param("after", json(after))
			.query(Long.class)
			.single();
	}

	/** The page's articles in page order, with their bodies. */
	List<Placed> articles(long pageId) {
		return jdbc.sql("select id, position, body from article where page_id = :page order by position")
			.param("page", pageId)
			.query((rs, n) -> new Placed(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	String body(long articleId) {
		return jdbc.sql("select body from article where id = :id").param("id", articleId).query(String.class).single();
	}

	void setBody(long articleId, String body) {
		jdbc.sql("update article set body = :body, corrected = true where id = :id")
			.param("id", articleId)
			.param("body", body)
			.update();
	}

	/** A new article right after another on its page (the ones after it move down a place); returns its id. */
	long insertAfter(long pageId, Placed article, String headline, String body) {
		// Two steps, so the unique (page, position) holds after each statement.
		jdbc.sql("update article set position = -(position + 1) where page_id = :page and position > :pos")
			.param("page", pageId)
			.param("pos", article.position())
			.update();
		jdbc.sql("update article set position = -position where page_id = :page and position < 0")
			.param("page", pageId)
			.update();
		return jdbc.sql("""
				insert into article (page_id, position, headline, body, confidence, event_date, corrected, ocr_confidence)
				select page_id, :pos, :headline, :body, 1, event_date, true, ocr_confidence from article where id = :id
				returning id""")
			.param("id", article.id())
			.param("pos", article.position() + 1)
			.param("headline", headline)
			.param("body", body)
			.query(Long.class)
			.single();
	}

	/** One of an article's regions on its page PDF, with the text printed in it (null for a headline or byline). */
	record TextRegion(long articleId, int seq, double x, double y, double width, double height, String text) {

		/** Column by column from the left, top to bottom within a column, as the splitter reads a module's blocks. */
		boolean readBefore(TextRegion other) {
			double overlap = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
			boolean sameColumn = overlap > 0.5 * Math.min(width, other.width);
			return sameColumn ? y < other.y : x < other.x;
		}

	}

	/** The article's regions in order. */
	List<TextRegion> regions(long articleId) {
		return jdbc.sql("""
				select article_id, seq, x, y, width, height, text from article_region where article_id = :id order by seq
				""")
			.param("id", articleId)
			.query((rs, n) -> new TextRegion(rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
					rs.getDouble(5), rs.getDouble(6), rs.getString(7)))
			.list();
	}

	/** Gives one region of an article to another (after the other's own); {@code to} null drops it. */
	void moveRegion(long from, int seq, Long to) {
		if (to != null) {
			jdbc.sql("""
					insert into article_region (article_id, seq, x, y, width, height, text)
					select :to, (select coalesce(max(seq), -1) + 1 from article_region where article_id = :to),
					       x, y, width, height, text
					from article_region where article_id = :from and seq = :seq""")
				.param("to", to)
				.param("from", from)
				.param("seq", seq)
				.update();
		}
		jdbc.sql("delete from article_region where article_id = :from and seq = :seq")
			.param("from", from)
			.param("seq", seq)
			.update();
	}

	/** Gives all of an article's regions to another (a merge), after the other's own. */
	void moveRegions(long from, long to) {
		jdbc.sql("""
				insert into article_region (article_id, seq, x, y, width, height, text)
				select :to, seq + (select coalesce(max(seq), -1) + 1 from article_region where article_id = :to),
				       x, y, width, height, text
				from article_region where article_id = :from""")
			.param("to", to)
			.param("from", from)
			.update();
		jdbc.sql("delete from article_region where article_id = :from").param("from", from).update();
		// OCR's text joined: the article is as sure as its less sure part.
		jdbc.sql("""
				update article set ocr_confidence = least(ocr_confidence, (select ocr_confidence from article where id = :from))
				where id = :to""")
			.param("to", to)
			.param("from", from)
			.update();
	}

	/** The page's corrections in force, oldest first (a later correction of the same field wins). */
	List<Stored> applied(long pageId) {
		return jdbc.sql("select * from correction where page_id = :page and state = 'applied' order by id")
			.param("page", pageId)
			.query((rs, n) -> stored(rs))
			.list();
	}

	/** Corrections that no longer apply, newest first. */
	List<Stored> stale(int limit) {
		return jdbc.sql("select * from correction where state = 'stale' order by made_at desc, id desc limit :n")
			.param("n", limit)
			.query((rs, n) -> stored(rs))
			.list();
	}

	/** The corrections of an article that a re-read could not place again, newest first. */
	List<Stored> staleOf(long articleId) {
		return jdbc.sql("select * from correction where state = 'stale' and article_id = :id order by made_at desc, id desc")
			.param("id", articleId)
			.query((rs, n) -> stored(rs))
			.list();
	}

	/** One correction, locked for an editor's decision. */
	Optional<Stored> find(long id) {
		return jdbc.sql("select * from correction where id = :id for update")
			.param("id", id)
			.query((rs, n) -> stored(rs))
			.optional();
	}

	/** The correction now stands on another article (a re-read gave the one it was made on a new id). */
	void moveTo(long id, long articleId) {
		jdbc.sql("update correction set article_id = :article where id = :id")
			.param("id", id)
			.param("article", articleId)
			.update();
	}

	/** An editor's decision on a correction a re-read could not place: in force again, or dropped (kept on record). */
	void settle(long id, String state, String editor) {
		jdbc.sql("""
				update correction set state = :state, settled_by = :editor, settled_at = now(),
				       stale_reason = case when :state = 'applied' then null else stale_reason end,
				       stale_key = case when :state = 'applied' then null else stale_key end
				where id = :id""")
			.param("id", id)
			.param("state", state)
			.param("editor", editor)
			.update();
	}

	void markStale(long id, StaleReason reason) {
		jdbc.sql("update correction set state = 'stale', stale_reason = :reason, stale_key = :key,"
				+ " stale_args = :args where id = :id")
			.param("id", id)
			.param("reason", reason.english())
			.param("key", reason.key())
			.param("args", reason.args().toArray(String[]::new))
			.update();
	}

	boolean markChecked(long pageId, String editor) {
		return jdbc.sql("update page set checked_by = :editor, checked_at = now() where id = :id")
			.param("id", pageId)
			.param("editor", editor)
			.update() == 1;
	}

	private static List<IngestRepository.Mention> mentions(long articleId, List<ArticleFields.Person> people) {
		return java.util.stream.IntStream.range(0, people.size())
			.mapToObj(i -> new IngestRepository.Mention(articleId, people.get(i).name(), people.get(i).label(), i))
			.toList();
	}

	private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		long article = rs.getLong("article_id");
		Long articleId = rs.wasNull() ? null : article;
		String anchor = rs.getString("anchor");
		return new Stored(rs.getLong("id"), articleId, rs.getLong("page_id"), rs.getString("kind"),
				anchor == null ? null : read(anchor, Anchor.class), rs.getString("headline"), rs.getString("editor"),
				rs.getObject("made_at", OffsetDateTime.class), fields(rs.getString("before")),
				fields(rs.getString("after")), rs.getString("state"), staleReason(rs), place(rs.getString("place")));
	}

	/** Null unless stale; a reason stored before reasons had keys is said in its English only. */
	private static StaleReason staleReason(java.sql.ResultSet rs) throws java.sql.SQLException {
		String english = rs.getString("stale_reason");
		if (english == null) {
			return null;
		}
		java.sql.Array args = rs.getArray("stale_args");
		return new StaleReason(rs.getString("stale_key"), args == null ? List.of() : List.of((String[]) args.getArray()),
				english);
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PagePlace place(String json) {
		return json == null ? PagePlace.NONE : read(json, PagePlace.class);
	}

	private static ArticleFields fields(String json) {
		return read(json, ArticleFields.class);
	}

	private static <T> T read(String json, Class<T> type) {
		try {
			return JSON.readValue(json, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a stored correction cannot be read: " + ex.getOriginalMessage(), ex);
		}
	}

}
