package org.baoku.ingest.split;

import java.util.List;

/** A page cut into articles, with the lines that belong to no article (banners, mastheads, captions). */
public record SplitPage(List<SplitArticle> articles, List<String> banners, List<String> captions) {
}
