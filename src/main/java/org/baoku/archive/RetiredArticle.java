package org.baoku.archive;

/** An article a re-ingest removed from its page: its link answers 410 Gone and points to the page. */
public record RetiredArticle(long id, long pageId, String headline) {
}
