package org.baoku.ingest.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.baoku.config.Refusal;
import org.baoku.ingest.IngestResult;
import org.baoku.ingest.IngestService;
import org.baoku.ingest.PageParser;
import org.baoku.ingest.ParsedArticle;
import org.baoku.ingest.ParsedPage;
import org.baoku.ingest.RawPage;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.GoldScorer;
import org.baoku.ingest.split.SplitProfile;
import org.springframework.stereotype.Service;

/**
 * A newspaper learns its layout profile from the pages its editors checked: those pages, as the editors left them,
 * are its gold; a fit on two thirds of them is checked on the rest ({@link ProfileFitter}) and proposed; the admin
 * page shows how many articles of the paper's unchecked pages a re-split with it would change, with a sample; on
 * confirm the profile goes in force and those pages are split again (ids kept by the matcher, corrections made
 * again).
 */
@Service
public class ProfileLearning {

	/** Fewer checked pages leave nothing to check a fit on. */
	public static final int MIN_CHECKED_PAGES = 3;

	/** A fit reads at most this many checked pages (the newest: six to fit on, three to check on), so it stays a matter of a minute or two on page PDFs. */
	static final int MAX_FIT_PAGES = 9;

	/** A line of a checked text this short, with no sentence, is a section heading kept in it. */
	static final int SUBHEADING_MAX_CHARS = 30;

	/** How many changed pages the preview shows. */
	static final int SAMPLES = 5;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProfileRepository profiles;

	private final ProfilesInForce inForce;

	private final IngestService ingest;

	ProfileLearning(ProfileRepository profiles, ProfilesInForce inForce, IngestService ingest) {
		this.profiles = profiles;
		this.inForce = inForce;
		this.ingest = ingest;
	}

	/** Why a fit or an apply cannot be done: a message ({@code key} with {@code args}) for the editor, English for logs. */
	public static final class Refused extends Refusal {

		Refused(String key, String english, Object... args) {
			super(key, english, args);
		}

	}

	/**
	 * A paper's profiles and pages as the admin page shows them; {@code proposedType} and {@code appliedType} are the
	 * type the proposed and the applied profile learned from the checked page PDFs (null when one learned none: text
	 * pages only).
	 */
	public record PaperProfile(String newspaper, Map<String, Double> applied, String appliedBy, String appliedAt,
			Map<String, Double> proposed, Report report, String refusal, String proposedBy, String proposedAt,
			int checkedPages, int uncheckedPages, Type proposedType, Type appliedType, int proposedLineRoles,
			int appliedLineRoles) {

		public boolean canApply() {
			return proposed != null && refusal == null;
		}

	}

	/** The type a profile learned, as the admin page lists it: the running text's styles and the other faces. */
	public record Type(String body, String faces) {

		static Type of(SplitProfile profile) {
			if (profile == null || profile.typeStyles().isEmpty()) {
				return null;
			}
			return new Type(String.join(", ", new java.util.TreeSet<>(profile.typeStyles().body())),
					String.join(", ", new java.util.TreeSet<>(profile.typeStyles().headingFaces())));
		}

	}

	/** What applying the proposed profile would change on the paper's unchecked pages. */
	public record Preview(int pages, int pagesChanged, int articlesNow, int articlesChanged, List<Sample> samples,
			int pagesUnlike, int pagesUnknownNow) {
	}

	/** One page the re-split changes: its headlines now and with the profile. */
	public record Sample(long pageId, String page, List<String> now, List<String> then) {
	}

	public List<PaperProfile> papers() {
		return profiles.newspapers().stream().map(this::paper).toList();
	}

	public PaperProfile paper(String newspaper) {
		Optional<ProfileRepository.Stored> stored = profiles.stored(newspaper);
		int checked = profiles.pages(newspaper, true).size();
		int unchecked = profiles.pages(newspaper, false).size();
		return stored.map(s -> new PaperProfile(newspaper, values(s.applied()), s.appliedBy(), s.appliedAt(),
				values(s.proposed()), report(s.report()), s.refusal(), s.proposedBy(), s.proposedAt(), checked, unchecked,
				Type.of(s.proposed()), Type.of(s.applied()), lineRoles(s.proposed()), lineRoles(s.applied())))
			.orElseGet(() -> new PaperProfile(newspaper, null, null, null, null, null, null, null, null, checked,
					unchecked, null, null, 0, 0));
	}

	/** How many rounds of its own line roles a profile carries (none where it is absent). */
	private static int lineRoles(SplitProfile profile) {
		return profile == null ? 0 : profile.lineRoles().rounds().size();
	}

	/** Fits a profile to the paper's checked pages and stores it as proposed, with its figures. */
	public ProfileFitter.Fit refit(String newspaper, String editor) {
		List<Long> checked = profiles.pages(newspaper, true);
		if (checked.size() < MIN_CHECKED_PAGES) {
			throw new Refused("profiles.tooFewChecked", "%s has %d checked pages; a fit needs at least %d (two to fit on, "
				.formatted(newspaper, checked.size(), MIN_CHECKED_PAGES) + "one to check on)", newspaper, checked.size(),
					MIN_CHECKED_PAGES);
		}
		List<Long> newest = checked.subList(Math.max(0, checked.size() - MAX_FIT_PAGES), checked.size());
		List<ProfileFitter.GoldPage> fitOn = new ArrayList<>();
		List<ProfileFitter.GoldPage> checkOn = new ArrayList<>();
		for (int i = 0; i < newest.size(); i++) {
			long pageId = newest.get(i);
			Optional<RawPage> file = ingest.storedFile(pageId);
			if (file.isPresent()) {
				(i % 3 == 2 ? checkOn : fitOn).add(new ProfileFitter.GoldPage("page " + pageId, file.get().bytes(),
						gold(profiles.articles(pageId))));
			}
		}
		ProfileFitter.Fit fit = new ProfileFitter(new PageParser()).fit(newspaper, fitOn, checkOn);
		profiles.propose(newspaper, fit.profile(), report(fit, fitOn.size(), checkOn.size()), fit.refusal(), editor);
		return fit;
	}

	/** How the proposed profile would split the paper's unchecked pages, against how they are stored now. */
	public Preview preview(String newspaper) {
		SplitProfile proposed = profiles.stored(newspaper).map(ProfileRepository.Stored::proposed)
			.orElseThrow(() -> new Refused("profiles.noneYet", "no profile was fitted for " + newspaper + " yet", newspaper));
		List<Long> pages = profiles.pages(newspaper, false);
		int changedPages = 0;
		int now = 0;
		int changed = 0;
		int unlike = 0;
		int unknownNow = 0;
		List<Sample> samples = new ArrayList<>();
		for (long pageId : pages) {
			List<ProfileRepository.CheckedArticle> stored = profiles.articles(pageId);
			now += stored.size();
			Optional<ParsedPage> then = ingest.splitWith(pageId, proposed).filter(p -> !p.isEmpty());
			if (then.isEmpty()) {
				continue;
			}
			// A page set in type unlike the checked pages keeps its split and goes to review as a whole; one in
			// review as a whole now for type no rule was checked on is measured against the paper's own type instead.
			unlike += then.get().unlikeItsProfile() ? 1 : 0;
			unknownNow += profiles.doubted(pageId, Doubts.UNLIKE_KNOWN) ? 1 : 0;
			List<String> before = stored.stream().map(a -> key(a.headline(), a.body())).toList();
			List<String> after = then.get().articles().stream()
				.map(ParsedArticle::article)
				.map(a -> key(a.headline().main(), a.body()))
				.toList();
			long differing = after.stream().filter(k -> !before.contains(k)).count()
					+ before.stream().filter(k -> !after.contains(k)).count();
			if (differing > 0) {
				changedPages++;
				changed += (int) after.stream().filter(k -> !before.contains(k)).count();
				if (samples.size() < SAMPLES) {
					samples.add(new Sample(pageId, "page " + pageId,
							stored.stream().map(ProfileRepository.CheckedArticle::headline).toList(),
							then.get().articles().stream().map(a -> a.article().headline().main()).toList()));
				}
			}
		}
		return new Preview(pages.size(), changedPages, now, changed, samples, unlike, unknownNow);
	}

	/**
	 * Puts the proposed profile in force for the paper and splits its unchecked pages again with it; returns how many
	 * pages were split again.
	 */
	public int apply(String newspaper, String editor) {
		if (!profiles.applyProposed(newspaper, editor)) {
			throw profiles.stored(newspaper).map(ProfileRepository.Stored::refusal)
				.map(r -> new Refused("profiles.refusedApply", "the proposed profile is refused: " + r))
				.orElse(new Refused("profiles.noneYet", "no profile was fitted for " + newspaper + " yet", newspaper));
		}
		inForce.forget(newspaper);
		int done = 0;
		for (long pageId : profiles.pages(newspaper, false)) {
			Optional<IngestResult> result = ingest.splitAgain(pageId);
			done += result.filter(IngestResult::stored).isPresent() ? 1 : 0;
		}
		return done;
	}

	/** A checked page's articles in the gold format (what score.py reads). */
	static JsonNode gold(List<ProfileRepository.CheckedArticle> articles) {
		ObjectNode page = JSON.createObjectNode();
		ArrayNode list = page.putArray("articles");
		for (ProfileRepository.CheckedArticle a : articles) {
			ObjectNode article = list.addObject();
			ObjectNode headline = article.putObject("headline");
			headline.put("kicker", a.kicker());
			headline.put("main", a.headline());
			headline.put("subtitle", a.subtitle());
			article.put("dateline", a.dateline());
			// A photo item: no title, its photographer credited (what places its lines as a caption).
			article.put("photo_credit", a.photo());
			ArrayNode reporters = article.putArray("reporters");
			a.reporters().forEach(reporters::add);
			ArrayNode officials = article.putArray("officials");
			a.officials().forEach(name -> officials.addObject().put("name", name));
			// A section heading an editor kept (or joined back) in the text is a short line of its own in it, with
			// no sentence: what teaches the paper's section styles.
			ArrayNode subheadings = article.putArray("subheadings");
			String[] paragraphs = a.body().split("\n");
			for (int i = 1; i < paragraphs.length - 1; i++) {
				String p = paragraphs[i].strip();
				if (!p.isEmpty() && p.length() <= SUBHEADING_MAX_CHARS && !p.matches(".*[。！？；…”」）)]$")) {
					subheadings.add(p);
				}
			}
			String body = GoldScorer.norm(a.body());
			// The whole text too (score.py reads only its ends): it places the checked page's body lines (CheckedLines).
			article.put("body", body);
			article.put("body_start", body.substring(0, Math.min(15, body.length())));
			article.put("body_end", body.substring(Math.max(0, body.length() - 15)));
		}
		return page;
	}

	private static String key(String headline, String body) {
		return GoldScorer.norm(headline) + "|" + GoldScorer.norm(body).replace(" ", "");
	}

	/** A fit's figures, as stored with it (JSON) and shown in the reader's language. */
	public record Report(int fitPages, int checkPages, List<Double> fitBefore, List<Double> fitAfter,
			List<Double> checkBefore, List<Double> checkAfter) {

		/** Article F1 / headline / dateline / reporters recall / reporters precision, three decimals each. */
		public static String figures(List<Double> f) {
			return f.stream().map(v -> "%.3f".formatted(v)).collect(java.util.stream.Collectors.joining(" / "));
		}

	}

	private static String report(ProfileFitter.Fit fit, int fitPages, int checkPages) {
		try {
			return JSON.writeValueAsString(new Report(fitPages, checkPages, figures(fit.fitBefore()),
					figures(fit.fitAfter()), figures(fit.checkBefore()), figures(fit.checkAfter())));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Report report(String json) {
		if (json == null || !json.startsWith("{")) {
			return null;
		}
		try {
			return JSON.readValue(json, Report.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			return null;
		}
	}

	private static List<Double> figures(GoldScorer.Score s) {
		return List.of(s.articleF1(), s.headlineAccuracy(), s.datelineAccuracy(), s.reporterRecall(),
				s.reporterPrecision());
	}

	private static Map<String, Double> values(SplitProfile profile) {
		return profile == null ? null : new java.util.TreeMap<>(profile.values());
	}

}
