package org.baoku;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor and a journalist in headless Chromium, on the seeds and twelve synthetic years: home → calendar →
 * issue → page → article → next article → back to results, a reporter's name searched, English chosen; every page
 * photographed at 390 px (a phone) and 1440 px (a desktop) into {@code target/screenshots/}.
 */
@EnabledIf(value = "org.baoku.HeadlessChromium#installed", disabledReason = HeadlessChromium.MISSING)
class BrowseBrowserIT extends SyntheticArchiveTest {

	private static final int PHONE = 390;

	private static final int DESKTOP = 1440;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws IOException {
		// A reader whose browser asks for Chinese, as most of ours do; English is then chosen on the page.
		browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.manage().window().setSize(new Dimension(DESKTOP, 900));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anEditorWalksFromHomeThroughTheCalendarToAnArticleAndBackToResults() {
		browser.get(base() + "/");
		assertThat(browser.findElement(By.id("counts")).getText()).contains("期");
		click(By.id("nav-issues"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar")));
		// The calendar opens on the newest year of the first newspaper; choose the synthetic one's earliest year.
		browser.get(base() + "/issues?newspaper=" + SyntheticArchive.NEWSPAPER + "&year=" + SyntheticArchive.FIRST_YEAR);
		assertThat(browser.findElements(By.cssSelector("#calendar td.has a"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#calendar td.none"))).isNotEmpty();
		click(By.cssSelector("#calendar td.has a"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue-date")));
		String day = browser.findElement(By.id("issue-date")).getText();
		assertThat(browser.findElements(By.cssSelector("section.page"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.findElement(By.id("next-issue")).getText()).contains(String.valueOf(SyntheticArchive.FIRST_YEAR));
		click(By.cssSelector("section.page a.page-link"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue-link")));
		assertThat(browser.findElement(By.id("issue-link")).getText()).contains(day);
		click(By.cssSelector(".hit a.headline"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("citation")));
		String first = browser.findElement(By.id("headline")).getText();
		assertThat(browser.findElement(By.id("citation")).getText()).contains("[N]. " + SyntheticArchive.NEWSPAPER + ", " + day);
		String firstUrl = browser.getCurrentUrl();
		click(By.id("next-article"));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(firstUrl)));
		assertThat(browser.findElement(By.id("previous-article")).getAttribute("href")).isEqualTo(firstUrl);
		assertThat(browser.findElement(By.id("headline")).getText()).isNotBlank();
		assertThat(first).isNotBlank();
		click(By.id("raw-text"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#raw mark")));
	}

	@Test
	void aJournalistSearchesAReportersNameAndComesBackToTheResults() {
		String reporter = SyntheticArchive.REPORTERS.get(2);
		browser.get(base() + "/");
		browser.findElement(By.id("home-q")).sendKeys(reporter + "\n");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
		long bylines = jdbc.sql("""
				select count(*) from article_reporter ar join reporter r on r.id = ar.reporter_id where r.name = :name
				""").param("name", reporter).query(Long.class).single();
		assertThat(browser.findElement(By.id("result-count")).getText()).contains(Long.toString(bylines));
		List<WebElement> marks = browser.findElements(By.cssSelector(".hit .reporters mark"));
		assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo(reporter));
		click(By.cssSelector("#paging a[href*='page=2']"));
		wait.until(ExpectedConditions.urlContains("page=2"));
		String results = browser.getCurrentUrl();
		click(By.cssSelector(".hit a.headline"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("back-to-results")));
		assertThat(browser.findElements(By.cssSelector(".reporters mark"))).extracting(WebElement::getText).contains(reporter);
		click(By.id("next-article"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("back-to-results")));
		click(By.id("back-to-results"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
		assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8))
			.isEqualTo(URLDecoder.decode(results, StandardCharsets.UTF_8));
	}

	@Test
	void aReaderSwitchesToEnglishAndItIsRemembered() {
		browser.get(base() + "/issues");
		assertThat(browser.findElement(By.id("nav-issues")).getText()).isEqualTo("按日期浏览");
		click(By.id("lang-switch"));
		wait.until(ExpectedConditions.textToBe(By.id("nav-issues"), "Browse by date"));
		browser.get(base() + "/search?q=" + SyntheticArchive.REPORTERS.get(0));
		assertThat(browser.findElement(By.id("result-count")).getText()).contains("found");
		click(By.id("lang-switch"));
		wait.until(ExpectedConditions.textToBe(By.id("nav-issues"), "按日期浏览"));
	}

	@Test
	void everyPageFitsAPhoneAndADesktopAndIsPhotographed() throws IOException {
		long article = jdbc.sql("select min(id) from article").query(Long.class).single();
		long page = jdbc.sql("select page_id from article where id = :id").param("id", article).query(Long.class).single();
		String reporter = SyntheticArchive.REPORTERS.get(0);
		List<String[]> pages = List.of(new String[] { "home", "/" },
				new String[] { "calendar", "/issues?newspaper=" + SyntheticArchive.NEWSPAPER + "&year=2016" },
				new String[] { "issue", "/issues/" + SyntheticArchive.NEWSPAPER + "/" + SyntheticArchive.issues().get(40).date() },
				new String[] { "page", "/pages/" + page }, new String[] { "article", "/articles/" + article + "?q=盐湖" },
				new String[] { "raw-text", "/pages/" + page + "/text?article=" + article },
				new String[] { "search", "/search?q=" + reporter + "&page=2" },
				new String[] { "reporter", "/reporters/" + reporter }, new String[] { "english-issue",
						"/issues/" + SyntheticArchive.NEWSPAPER + "/" + SyntheticArchive.issues().get(40).date() + "?lang=en" });
		for (int width : new int[] { DESKTOP, PHONE }) {
			for (String[] named : pages) {
				browser.manage().window().setSize(new Dimension(width, 900));
				browser.get(base() + named[1]);
				wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.bottom")));
				long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
				long viewport = (Long) js("return window.innerWidth");
				assertThat(scrollWidth).as("%s at %d px is no wider than the screen", named[0], width).isLessThanOrEqualTo(viewport);
				if (named[0].equals("home")) {
					// One search box, and month bars wide enough to see and to point at, the last year labelled whole.
					assertThat((Long) js("return document.querySelectorAll('input[type=search]').length")).isEqualTo(1);
					Number bar = (Number) js("return document.querySelector('#histogram .bar').getBoundingClientRect().width");
					assertThat(bar.doubleValue()).as("a month's bar at %d px", width).isGreaterThanOrEqualTo(5);
					Boolean labelled = (Boolean) js("var ticks = document.querySelectorAll('.axis .tick');"
							+ "var last = ticks[ticks.length - 1]; return last.scrollWidth <= last.parentElement.parentElement.scrollWidth"
							+ " && last.getBoundingClientRect().right <= last.closest('.histogram-inner').getBoundingClientRect().right + 1;");
					assertThat(labelled).as("the last year's label within the histogram at %d px", width).isTrue();
				}
				if (named[0].equals("search")) {
					boolean open = (Boolean) js("return document.getElementById('facets-toggle').open");
					assertThat(open).as("filters folded away on a phone, shown on a desktop").isEqualTo(width == DESKTOP);
				}
				photograph(named[0], width);
			}
			browser.manage().deleteAllCookies();
		}
	}

	private void photograph(String name, int width) throws IOException {
		long height = Math.min(4000, (Long) js("return document.documentElement.scrollHeight"));
		browser.manage().window().setSize(new Dimension(width, (int) Math.max(600, height)));
		HeadlessChromium.screenshot(browser, name + "-" + width);
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	private void click(By by) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

}
