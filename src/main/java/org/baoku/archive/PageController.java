package org.baoku.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.baoku.web.BadRequestException;
import org.baoku.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One printed page: its image with every article's region (a page PDF), its articles in page order, the other pages
 * of its issue, and its text.
 */
@Controller
class PageController {

	private static final String VIEW_PAGE = "pages/detail";

	private static final String VIEW_TEXT = "pages/text";

	private final ArchiveApi archive;

	private final PageScanRepository scans;

	private final PageImages images;

	private final PageFiles files;

	PageController(ArchiveApi archive, PageScanRepository scans, PageImages images, PageFiles files) {
		this.archive = archive;
		this.scans = scans;
		this.images = images;
		this.files = files;
	}

	@GetMapping("/pages/{id}")
	String page(@PathVariable long id, Model model) {
		ArchiveApi.PageView view = archive.pageViewOrGone(id);
		model.addAttribute("page", view.page());
		model.addAttribute("scan", scans.scanOf(id).orElse(null));
		model.addAttribute("articles", view.articles());
		addSiblings(view.page(), model);
		return VIEW_PAGE;
	}

	/**
	 * The page as printed, rendered from its PDF (cached), at screen resolution or enlarged ({@code zoom} 2 or 4, to
	 * read body type); 404 for a page ingested as text.
	 */
	@GetMapping("/pages/{id}/image.png")
	ResponseEntity<Resource> image(@PathVariable long id, @RequestParam(defaultValue = "1") int zoom) {
		if (!PageImages.ZOOMS.contains(zoom)) {
			throw new BadRequestException("zoom is 1, 2 or 4 (times screen resolution), not " + zoom);
		}
		PageScan scan = scans.scanOf(id).orElseThrow(() -> new NotFoundException("image of page " + id));
		Path png = images.image(scan.sha256(), zoom).orElseThrow(() -> new NotFoundException("image of page " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
			.body(new FileSystemResource(png));
	}

	/** The page PDF as it was ingested. */
	@GetMapping("/pages/{id}/pdf")
	ResponseEntity<Resource> pdf(@PathVariable long id) {
		PageScan scan = scans.scanOf(id).orElseThrow(() -> new NotFoundException("PDF of page " + id));
		Path pdf = files.find(scan.sha256()).orElseThrow(() -> new NotFoundException("PDF of page " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("page-" + id + ".pdf").build().toString())
			.body(new FileSystemResource(pdf));
	}

	/** The page's text as ingested; with {@code article}, that article's headline and body marked in it. */
	@GetMapping("/pages/{id}/text")
	String text(@PathVariable long id, @RequestParam(required = false) Long article, Model model) {
		ArchiveApi.PageView view = archive.pageViewOrGone(id);
		String raw = archive.rawText(id).orElseThrow(() -> new NotFoundException("page " + id));
		ArticleView marked = article == null ? null
				: view.articles().stream().filter(a -> a.id() == article).findFirst().orElse(null);
		List<int[]> spans = marked == null ? List.of()
				: RawTextSpans.find(raw, List.of(marked.headline(), marked.body()));
		model.addAttribute("page", view.page());
		model.addAttribute("article", marked);
		model.addAttribute("raw", MarkedText.spans(raw, spans));
		addSiblings(view.page(), model);
		return VIEW_TEXT;
	}

	private void addSiblings(PageSummary page, Model model) {
		List<PageSummary> pages = archive.pagesOf(page.newspaper(), page.date());
		int at = pages.stream().map(PageSummary::id).toList().indexOf(page.id());
		model.addAttribute("pages", pages);
		model.addAttribute("previousPage", at > 0 ? pages.get(at - 1) : null);
		model.addAttribute("nextPage", at >= 0 && at < pages.size() - 1 ? pages.get(at + 1) : null);
	}

}
