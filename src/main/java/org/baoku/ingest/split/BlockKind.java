package org.baoku.ingest.split;

/** What a block of the page is, decided from its own shape and its neighbours. */
public enum BlockKind {
	/** Article text. */
	BODY,
	/** A section heading inside an article's text (小标题). */
	SUBHEADING,
	/** Part of a headline: kicker, main title or subtitle. */
	HEADLINE,
	/** Masthead, edition line or page banner: not an article. */
	BANNER,
	/** A photo caption ("… 本报记者 X 摄"). */
	CAPTION,
	/** A jump line ("（下转第二版）"): the article goes on elsewhere. */
	JUMP,
	/** A byline on a line of its own that opens an article ("本报记者 王昊男", "□ 田昀澍", "本报评论员"). */
	LEADING_AUTHOR,
	/** A dateline printed after an article's last paragraph, in parentheses: "（本报罗马1月1日电）". */
	TRAILING_DATELINE,
	/** A lone author name after an article's last paragraph. */
	TRAILING_AUTHOR
}
