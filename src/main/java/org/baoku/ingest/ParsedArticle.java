package org.baoku.ingest;

import java.util.List;

import org.baoku.ingest.entity.OfficialMention;
import org.baoku.ingest.split.SplitArticle;

/** An article cut from a page, with the officials it names. */
public record ParsedArticle(SplitArticle article, List<OfficialMention> officials) {
}
