package org.baoku.admin;

import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.baoku.archive.ArchiveApi;
import org.baoku.archive.ArticleView;
import org.baoku.audit.AuditDetail;
import org.baoku.ingest.ArticleFields;
import org.baoku.ingest.Corrections;
import org.baoku.ingest.split.Doubts;
import org.baoku.ingest.split.SplitArticle;
import org.baoku.web.BadRequestException;
import org.baoku.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' review queue: doubtful splits, oldest page first, each with a form that corrects it, and the
 * corrections a re-ingest could not apply again.
 */
@Controller
class ReviewController {

	/** Splits the splitter was less sure of than this are listed for review: the splitter's own threshold. */
	private static final double REVIEW_BELOW = SplitArticle.REVIEW_THRESHOLD;

	private static final int REVIEW_LIMIT = 200;

	private final ArchiveApi archive;

	private final Corrections corrections;

	ReviewController(ArchiveApi archive, Corrections corrections) {
		this.archive = archive;
		this.corrections = corrections;
	}

	/**
	 * An article in the review queue with its doubts as message codes, shown in the reader's language, and the
	 * articles after it on its page (what it can take in by a merge).
	 */
	record Doubtful(ArticleView article, List<Doubts.Code> doubts, List<ArticleView> following) {
	}

	/**
	 * A reason for review with how many articles of the queue (its other filters applied) it doubts; its message's
	 * arguments, for a reason that carries them (a figure, lines of the page), stand as "…".
	 */
	record Reason(String code, List<String> args, long articles) {

		public String key() {
			return "doubt." + code;
		}

	}

	@GetMapping("/admin/review")
	String queue(@RequestParam(required = false) String newspaper,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "page") String order,
			Model model) {
		ArchiveApi.ReviewOrder queueOrder = switch (order) {
			case "page" -> ArchiveApi.ReviewOrder.PAGE;
			case "doubt" -> ArchiveApi.ReviewOrder.DOUBT;
			default -> throw new BadRequestException(
					"the review queue has no order called '" + order + "' (page: oldest page first; doubt: least sure first)");
		};
		String doubtStart = reason.isBlank() ? null
				: Doubts.storedStart(reason)
					.orElseThrow(() -> new BadRequestException("no reason for review is called '" + reason + "'"));
		ArchiveApi.ReviewFilter filter = new ArchiveApi.ReviewFilter(newspaper, from, to, REVIEW_BELOW, doubtStart);
		model.addAttribute("filter", filter);
		model.addAttribute("reason", reason);
		model.addAttribute("order", order);
		model.addAttribute("queue", QueueView.of(newspaper, from, to, reason, order).query());
		model.addAttribute("reasons", reasons(filter.anyDoubt(), reason));
		model.addAttribute("counts", archive.reviewCounts(filter));
		Map<Long, List<ArticleView>> pages = new HashMap<>();
		model.addAttribute("articles", archive.reviewQueue(filter, queueOrder, REVIEW_LIMIT)
			.stream()
			.map(a -> new Doubtful(a, a.doubts().stream().map(Doubts::code).toList(),
					following(pages.computeIfAbsent(a.pageId(), this::articlesOf), a.id())))
			.toList());
		model.addAttribute("stale", corrections.stale(REVIEW_LIMIT));
		return "admin/review";
	}

	@GetMapping("/admin/review/articles/{id}")
	String correctionForm(@PathVariable long id, @RequestParam(defaultValue = "") String queue, Model model) {
		ArticleView article = archive.articleOrGone(id);
		QueueView list = QueueView.parse(queue);
		model.addAttribute("queue", list.query());
		model.addAttribute("queuePath", list.listPath());
		ArticleFields fields = corrections.fields(id);
		model.addAttribute("article", article);
		model.addAttribute("raw", archive.rawTextMarking(article));
		// A page PDF is shown as printed, the article's regions drawn and the others' faint, to check it against.
		model.addAttribute("scan", archive.scanOf(article.pageId()).orElse(null));
		List<ArticleView> pageArticles = articlesOf(article.pageId());
		model.addAttribute("pageArticles", pageArticles);
		model.addAttribute("following", following(pageArticles, id));
		model.addAttribute("fields", fields);
		model.addAttribute("stale", corrections.staleOf(id));
		model.addAttribute("reporters", ArticleFields.lines(fields.reporters()));
		model.addAttribute("officials", ArticleFields.lines(fields.officials()));
		return "admin/correct";
	}

	@PostMapping("/admin/review/articles/{id}")
	String correct(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "") String kicker,
			@RequestParam(defaultValue = "") String headline, @RequestParam(defaultValue = "") String subtitle,
			@RequestParam(defaultValue = "") String dateline, @RequestParam(defaultValue = "") String reporters,
			@RequestParam(defaultValue = "") String officials, @RequestParam(defaultValue = "") String queue,
			RedirectAttributes redirect) {
		archive.articleOrGone(id);
		ArticleFields after = new ArticleFields(kicker, headline, subtitle, dateline, ArticleFields.people(reporters),
				ArticleFields.people(officials));
		return corrected(id, QueueView.parse(queue), redirect, () -> corrections.correct(id, after, editor.getName()),
				"audit.detail.fieldsCorrected", "audit.detail.fieldsUnchanged", id, after.headline());
	}

	/** Keeps a correction a re-read could not place: written on its article again. */
	@PostMapping("/admin/review/corrections/{id}/keep")
	String keepStale(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "") String back,
			@RequestParam(defaultValue = "") String queue, RedirectAttributes redirect) {
		return settled(id, back, QueueView.parse(queue), redirect, "kept", () -> corrections.keepStale(id, editor.getName()),
				"audit.detail.staleKept");
	}

	/** Drops a correction a re-read could not place: out of the list, kept on record. */
	@PostMapping("/admin/review/corrections/{id}/drop")
	String dropStale(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "") String back,
			@RequestParam(defaultValue = "") String queue, RedirectAttributes redirect) {
		return settled(id, back, QueueView.parse(queue), redirect, "staleDropped", () -> corrections.dropStale(id, editor.getName()),
				"audit.detail.staleDropped");
	}

	/**
	 * Back to the article the correction is on when the editor came from there, else to the review list, as the editor
	 * left it.
	 */
	private String settled(long id, String back, QueueView list, RedirectAttributes redirect, String notice,
			Runnable action, String detail) {
		Long article = corrections.articleOfCorrection(id);
		String to = "redirect:" + ("article".equals(back) && article != null ? list.articlePath(article) : list.listPath());
		try {
			action.run();
		}
		catch (Corrections.Refused ex) {
			refused(id, redirect, ex);
			return to;
		}
		AuditDetail.set(detail, id);
		redirect.addFlashAttribute(notice, id);
		return to;
	}

	@PostMapping("/admin/review/articles/{id}/body")
	String correctBody(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String queue, RedirectAttributes redirect) {
		archive.articleOrGone(id);
		return corrected(id, QueueView.parse(queue), redirect, () -> corrections.correctBody(id, body, editor.getName()),
				"audit.detail.bodyCorrected", "audit.detail.bodyUnchanged", id);
	}

	/**
	 * Runs a correction of an article's fields or body: back to the queue as the editor left it, saying whether it
	 * changed anything, or back to the form with the reason it was refused.
	 */
	private static String corrected(long id, QueueView list, RedirectAttributes redirect,
			java.util.function.BooleanSupplier correction, String changedDetail, String unchangedDetail,
			Object... detailArgs) {
		try {
			boolean changed = correction.getAsBoolean();
			AuditDetail.set(changed ? changedDetail : unchangedDetail, detailArgs);
			redirect.addFlashAttribute(changed ? "corrected" : "unchanged", id);
			return "redirect:" + list.listPath();
		}
		catch (Corrections.Refused ex) {
			refused(id, redirect, ex);
			return "redirect:" + list.articlePath(id);
		}
	}

	private static void refused(long id, RedirectAttributes redirect, Corrections.Refused ex) {
		AuditDetail.set(ex.key(), ex.args());
		redirect.addFlashAttribute("refused", ex.key());
		redirect.addFlashAttribute("refusedArgs", ex.args());
	}

	@PostMapping("/admin/review/articles/{id}/drop")
	String drop(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "") String queue,
			RedirectAttributes redirect) {
		archive.articleOrGone(id);
		corrections.dropArticle(id, editor.getName());
		AuditDetail.set("audit.detail.dropped", id);
		redirect.addFlashAttribute("dropped", id);
		return "redirect:" + QueueView.parse(queue).listPath();
	}

	/**
	 * Merges the next article into this one, or with {@code through} (an article's id) every article after it on the
	 * page up to that one, in one action.
	 */
	@PostMapping("/admin/review/articles/{id}/merge")
	String merge(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "") String through,
			@RequestParam(defaultValue = "") String queue, RedirectAttributes redirect) {
		return change(id, QueueView.parse(queue), redirect, () -> {
			if (through.isBlank()) {
				corrections.mergeWithNext(id, editor.getName());
				AuditDetail.set("audit.detail.merged", id);
				redirect.addFlashAttribute("merged", 1);
			}
			else {
				long last = articleId(through);
				int joined = corrections.mergeThrough(id, last, editor.getName());
				AuditDetail.set("audit.detail.mergedThrough", id, joined, last);
				redirect.addFlashAttribute("merged", joined);
			}
			return id;
		});
	}

	@PostMapping("/admin/review/articles/{id}/split")
	String split(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "0") int at,
			@RequestParam(defaultValue = "") String headline, @RequestParam(defaultValue = "") String queue,
			RedirectAttributes redirect) {
		return change(id, QueueView.parse(queue), redirect, () -> {
			long created = corrections.split(id, at, headline, editor.getName());
			AuditDetail.set("audit.detail.split", id, at, created);
			redirect.addFlashAttribute("split", created);
			return created;
		});
	}

	/**
	 * Gives a block of the article's text on its page image to another article of the page ({@code to} its id), to a
	 * new article ({@code to=new}, under {@code headline}) or to none ({@code to=none}); shows the article it went to.
	 */
	@PostMapping("/admin/review/articles/{id}/blocks/{seq}")
	String moveBlock(@PathVariable long id, @PathVariable int seq, Principal editor,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String headline,
			@RequestParam(defaultValue = "") String queue, RedirectAttributes redirect) {
		QueueView list = QueueView.parse(queue);
		if (to.isBlank()) {
			// The list has no default: a block goes nowhere until the editor says where.
			refused(id, redirect, new Corrections.Refused("blockTarget",
					"choose where the block goes: another article of the page, a new article, or no article"));
			return "redirect:" + list.articlePath(id);
		}
		Corrections.BlockTarget target = switch (to) {
			case "new" -> new Corrections.BlockTarget.NewArticle(headline);
			case "none" -> new Corrections.BlockTarget.None();
			default -> new Corrections.BlockTarget.Article(articleId(to));
		};
		return change(id, list, redirect, () -> {
			long shown = corrections.moveBlock(id, seq, target, editor.getName());
			AuditDetail.set(shown == id ? "audit.detail.blockOut" : "audit.detail.blockMoved", id, seq, shown);
			redirect.addFlashAttribute("moved", shown == id ? "out" : "in");
			return shown;
		});
	}

	/** The reasons the queue's articles were doubted for, the most frequent first. */
	private List<Reason> reasons(ArchiveApi.ReviewFilter filter, String chosen) {
		Map<String, String> codeOfStart = new HashMap<>();
		for (String code : Doubts.ALL_CODES) {
			Doubts.storedStart(code).ifPresent(start -> codeOfStart.put(start, code));
		}
		Map<String, Long> counts = new HashMap<>();
		archive.reviewDoubtCounts(filter, List.copyOf(codeOfStart.keySet()))
			.forEach((start, n) -> counts.put(codeOfStart.get(start), n));
		// The reason chosen stays in the list (and chosen) when none of the queue's articles has it now.
		if (!chosen.isBlank()) {
			counts.putIfAbsent(chosen, 0L);
		}
		return counts.entrySet()
			.stream()
			.map(e -> new Reason(e.getKey(), anyArgs(e.getKey()), e.getValue()))
			.sorted(java.util.Comparator.comparingLong(Reason::articles).reversed().thenComparing(Reason::code))
			.toList();
	}

	/**
	 * What stands for a reason's figure or lines where the list names the reason itself; none for a message that takes
	 * none (formatted with arguments, a message would lose its apostrophes).
	 */
	private static List<String> anyArgs(String code) {
		return java.util.Collections.nCopies(Doubts.argumentCount(code), "…");
	}

	private List<ArticleView> articlesOf(long pageId) {
		return archive.pageView(pageId).map(ArchiveApi.PageView::articles).orElse(List.of());
	}

	/** What a merge into the article can take in: the articles after it on its page, the next first. */
	private static List<ArticleView> following(List<ArticleView> pageArticles, long id) {
		int at = pageArticles.stream().map(ArticleView::id).toList().indexOf(id);
		return at < 0 ? List.of() : pageArticles.subList(at + 1, pageArticles.size());
	}

	private static long articleId(String to) {
		try {
			return Long.parseLong(to);
		}
		catch (NumberFormatException ex) {
			throw new org.baoku.web.BadRequestException("an article's number was expected, not: " + to);
		}
	}

	/**
	 * Runs a merge or a split of an existing article and shows the article it leaves the editor on; a refusal goes
	 * back to the article's form with the reason.
	 */
	private String change(long id, QueueView list, RedirectAttributes redirect, java.util.function.LongSupplier change) {
		archive.articleOrGone(id);
		long shown;
		try {
			shown = change.getAsLong();
		}
		catch (Corrections.Refused ex) {
			refused(id, redirect, ex);
			shown = id;
		}
		return "redirect:" + list.articlePath(shown);
	}

	@PostMapping("/admin/review/pages/{id}/checked")
	String checked(@PathVariable long id, Principal editor, @RequestParam(defaultValue = "") String queue,
			RedirectAttributes redirect) {
		try {
			corrections.markChecked(id, editor.getName());
		}
		catch (Corrections.Refused ex) {
			throw new NotFoundException("page " + id);
		}
		AuditDetail.set("audit.detail.pageChecked", id);
		redirect.addFlashAttribute("checked", id);
		return "redirect:" + QueueView.parse(queue).listPath();
	}

}
