package org.baoku.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitArticle;

/**
 * On a page of signed articles (a 理论 page, an opinion page), a text with no author under a headline set as small as
 * a subheading beside theirs is doubted: it is more likely a section of one of them, cut off at a subheading taken
 * for a title, than an article of its own. One under a headline like theirs is doubted too: its author was missed.
 */
final class UnsignedSections {

	private UnsignedSections() {
	}

	/**
	 * The articles, with such sections doubted.
	 * @param headSizes the type size of each article's headline (0 for none)
	 */
	static List<SplitArticle> doubt(List<SplitArticle> articles, List<Double> headSizes) {
		int headed = 0;
		int signed = 0;
		boolean news = false;
		double smallestSigned = Double.MAX_VALUE;
		for (int i = 0; i < articles.size(); i++) {
			SplitArticle a = articles.get(i);
			if (headSizes.get(i) > 0 && !a.isPhoto()) {
				headed++;
				news |= a.dateline() != null;
				if (!a.reporters().isEmpty()) {
					signed++;
					smallestSigned = Math.min(smallestSigned, headSizes.get(i));
				}
			}
		}
		if (headed < LayoutTuning.SIGNED_PAGE_MIN_ARTICLES || signed < LayoutTunable.SIGNED_PAGE_SHARE.value() * headed) {
			return articles;
		}
		List<SplitArticle> doubted = new ArrayList<>();
		for (int i = 0; i < articles.size(); i++) {
			SplitArticle a = articles.get(i);
			double size = headSizes.get(i);
			boolean unsigned = size > 0 && !a.isPhoto() && a.reporters().isEmpty() && a.dateline() == null;
			boolean section = unsigned && size * LayoutTuning.SUBHEADING_RANK <= smallestSigned;
			// A headline as big as the signed ones with no author read under it, on a page of signed pieces and no news
			// (no dateline anywhere, where an editorial or a note may go unsigned): its author line was missed.
			doubted.add(section ? a.doubted(Doubts.UNSIGNED) : unsigned && !news ? a.doubted(Doubts.NO_AUTHOR) : a);
		}
		return doubted;
	}

}
