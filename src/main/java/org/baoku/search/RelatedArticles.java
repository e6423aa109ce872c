package org.baoku.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.baoku.archive.ArticleView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Articles like one article: MoreLikeThis over the character-bigram field for what they say, raised for sharing its
 * officials and for reporting the same days' events.
 */
@Component
@ConditionalOnProperty(name = "baoku.search.engine", havingValue = "embedded", matchIfMissing = true)
class RelatedArticles {

	private static final float SAME_OFFICIAL = 2f;

	private static final float SAME_DAYS = 1.5f;

	/** Articles within this many days of each other may report the same event. */
	private static final int EVENT_DAYS = 2;

	private final ArticleIndex index;

	RelatedArticles(ArticleIndex index) {
		this.index = index;
	}

	List<ExportRow> like(ArticleView article, int count) {
		try {
			FacetedSearcher searcher = index.acquire();
			try {
				Query query = query(searcher, article);
				List<ExportRow> related = new ArrayList<>();
				StoredFields stored = searcher.storedFields();
				for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
					Document doc = stored.document(hit.doc);
					related.add(ExportRow.of(doc));
				}
				return related;
			}
			finally {
				index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("related articles failed", ex);
		}
	}

	private static Query query(FacetedSearcher searcher, ArticleView article) throws IOException {
		MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
		mlt.setAnalyzer(ChineseAnalyzers.bigramIndex());
		mlt.setFieldNames(new String[] { IndexFields.BODY });
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(2);
		mlt.setMinWordLen(2);
		mlt.setMaxQueryTerms(30);
		Query like = mlt.like(IndexFields.BODY, new StringReader(ArticleDocuments.headlineText(article) + "\n" + article.body()));
		// Related means sharing wording or officials; being from the same days only ranks higher.
		BooleanQuery.Builder shared = new BooleanQuery.Builder().add(like, BooleanClause.Occur.SHOULD);
		for (String official : article.officialNames()) {
			shared.add(new BoostQuery(new TermQuery(new Term(IndexFields.OFFICIAL, official)), SAME_OFFICIAL),
					BooleanClause.Occur.SHOULD);
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(shared.build(), BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(IndexFields.ID, Long.toString(article.id()))), BooleanClause.Occur.MUST_NOT);
		long day = (article.eventDate() != null ? article.eventDate() : article.date()).toEpochDay();
		query.add(new BoostQuery(LongField.newRangeQuery(IndexFields.DATE, day - EVENT_DAYS, day + EVENT_DAYS), SAME_DAYS),
				BooleanClause.Occur.SHOULD);
		return query.build();
	}

}
