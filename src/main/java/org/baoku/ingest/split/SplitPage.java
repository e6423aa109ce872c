package org.baoku.ingest.split;

import java.util.List;

/** A page cut into articles (photo items among them), with the lines that belong to no article (banners, mastheads). */
public record SplitPage(List<SplitArticle> articles, List<String> banners) {
}
