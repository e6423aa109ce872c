package org.baoku.ingest;

import java.util.List;

/**
 * What became of one page handed in for ingest; {@code message} is for the admin. For a stored page,
 * {@code changes} lists the article ids added, removed, changed and unchanged against the version it replaced.
 */
public record IngestResult(Status status, String fileName, Long pageId, int articles, IngestReason reason,
		String message, ArticleChanges changes) {

	public enum Status {

		/** Stored and indexed. */
		INGESTED,
		/** Stored and indexed in place of an earlier version of the same page. */
		REPLACED,
		/** The same bytes were ingested before: nothing changed. */
		DUPLICATE,
		/** Another file already holds this newspaper, date and page; re-ingest was not asked for. */
		CONFLICT,
		/** The file could not be read or held no articles: nothing changed. */
		REJECTED,
		/** The request itself is wrong (newspaper, date or page missing or out of bounds): nothing changed. */
		INVALID,
		/** The file is larger than a page may be: nothing changed. */
		TOO_LARGE

	}

	/** Article ids by what the ingest did to them. */
	public record ArticleChanges(List<Long> added, List<Long> removed, List<Long> changed, List<Long> unchanged) {

		public static final ArticleChanges NONE = new ArticleChanges(List.of(), List.of(), List.of(), List.of());

		public ArticleChanges {
			added = List.copyOf(added);
			removed = List.copyOf(removed);
			changed = List.copyOf(changed);
			unchanged = List.copyOf(unchanged);
		}

	}

	IngestResult(Status status, String fileName, Long pageId, int articles, IngestReason reason, String message) {
		this(status, fileName, pageId, articles, reason, message, ArticleChanges.NONE);
	}

	/** A result whose message for the API and the log is its reason's English. */
	IngestResult(Status status, String fileName, Long pageId, int articles, IngestReason reason) {
		this(status, fileName, pageId, articles, reason, reason.english(), ArticleChanges.NONE);
	}

	public boolean stored() {
		return status == Status.INGESTED || status == Status.REPLACED;
	}

}
