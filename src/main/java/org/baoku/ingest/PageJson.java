package org.baoku.ingest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.baoku.ingest.entity.OfficialMention;
import org.baoku.ingest.split.Credit;
import org.baoku.ingest.split.Headline;
import org.baoku.ingest.split.SplitArticle;

/** The JSON contract of `parse`: the keys the scorer reads, and what an admin needs to review a split. */
record PageJson(String file, List<ArticleJson> articles, List<String> banners) {

	static PageJson of(String file, ParsedPage page) {
		return new PageJson(file, page.articles().stream().map(ArticleJson::of).toList(), page.banners());
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ArticleJson(String kind, HeadlineJson headline, String dateline, @JsonProperty("month_day") String monthDay,
			List<String> reporters,
			@JsonProperty("reporter_roles") List<String> reporterRoles, @JsonProperty("photo_credit") boolean photoCredit,
			String byline, String body, List<OfficialMention> officials, double confidence,
			@JsonProperty("needs_review") boolean needsReview, List<String> doubts, Map<String, Double> signals) {

		static ArticleJson of(ParsedArticle parsed) {
			SplitArticle a = parsed.article();
			return new ArticleJson(a.isPhoto() ? "photo" : "article", HeadlineJson.of(a.headline()), a.dateline(),
					a.eventDay() == null ? null : a.eventDay().toString(), a.reporterNames(),
					a.reporters().stream().map(Credit::role).toList(), a.photoCredit(), a.byline(), a.body(),
					parsed.officials(), a.confidence(), a.needsReview(), a.doubts(), a.signals());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record HeadlineJson(String kicker, String main, String subtitle) {

		static HeadlineJson of(Headline h) {
			return new HeadlineJson(h.kicker(), h.main(), h.subtitle());
		}

	}

}
