package org.baoku.archive;

/**
 * An article that is no longer in the archive: its link answers 410 Gone and says why: a re-ingest of its page no
 * longer had it, an editor merged it into another ({@code mergedInto}) or marked it as no article (a masthead, an
 * advertisement), or an admin deleted its page.
 */
public record RetiredArticle(long id, long pageId, String headline, Reason reason, Long mergedInto) {

	public enum Reason {

		REINGESTED, MERGED, PAGE_DELETED, NOT_ARTICLE;

		static Reason of(String stored) {
			return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
		}

	}

}
