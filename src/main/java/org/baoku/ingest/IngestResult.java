package org.baoku.ingest;

/** What became of one page handed in for ingest; {@code message} is for the admin. */
public record IngestResult(Status status, String fileName, Long issueId, int articles, String message) {

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
		REJECTED

	}

	public boolean stored() {
		return status == Status.INGESTED || status == Status.REPLACED;
	}

}
