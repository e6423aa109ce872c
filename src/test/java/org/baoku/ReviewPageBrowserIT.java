package org.baoku;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in headless Chromium on a wide screen: the review list takes the screen's width (a row holds a page, a
 * headline, the doubts and the actions), and a row merges the articles after its article on the page into it. The
 * list and the article's form after the merge are photographed into {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "baoku.admin-password=" + ReviewPageBrowserIT.PASSWORD)
@EnabledIf(value = "org.baoku.HeadlessChromium#installed", disabledReason = HeadlessChromium.MISSING)
class ReviewPageBrowserIT {

	static final String PASSWORD = "review-secret";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("review-browser").toString());
	}

	@BeforeEach
	void openBrowser() throws Exception {
		browser = HeadlessChromium.start(Map.of("intl.accept_languages", "zh-CN,zh"), "--hide-scrollbars");
		browser.manage().window().setSize(new Dimension(1600, 1100));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theReviewListUsesTheScreensWidthAndAnArticleOffersToMergeThePiecesAfterIt() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get("http://localhost:" + port + "/admin/review");
		signIn(wait);
		WebElement list = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review")));
		HeadlessChromium.screenshot(browser, "review-list-1600");
		assertThat(list.getSize().getWidth()).as("the list's width on a 1600 px window").isGreaterThan(1200);

		// A row whose article has others after it on its page offers to merge them into it, from the list.
		WebElement merge = browser.findElement(By.cssSelector("#review details.merge"));
		String form = merge.findElement(By.tagName("form")).getAttribute("id");
		merge.findElement(By.tagName("summary")).click();
		assertThat(browser.findElements(By.cssSelector("#" + form + "-through option"))).isNotEmpty();
		HeadlessChromium.screenshot(browser, "review-list-merge-1600");
		browser.findElement(By.id(form + "-submit")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		WebElement merged = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correct-merged")));
		assertThat(merged.getText()).contains("已把 1 篇文章并入这一篇");
		HeadlessChromium.screenshot(browser, "review-article-1600");
	}

	/** The sign-in form a protected page sends the browser to, filled in as an editor would. */
	private void signIn(WebDriverWait wait) {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
	}

	/** On a page PDF's image, a click on a later article picks it as the last to merge, and the merge takes them in. */
	@Test
	void aClickOnThePageImagePicksTheLastArticleToMerge() throws Exception {
		byte[] pdf;
		try (InputStream in = getClass().getResourceAsStream("/layouts/pdf/rmrb_20190201_p05.pdf")) {
			pdf = in.readAllBytes();
		}
		ApiClient.Answer stored = new ApiClient("http://127.0.0.1:" + port, PASSWORD).upload(pdf, "人民日报", "2019-02-01",
				"5", false);
		assertThat(stored.status()).as(stored.body()).isIn(200, 201);
		long pageId = stored.json().get("pageId").asLong();
		List<Long> articles = jdbc.sql("select id from article where page_id = :page order by position")
			.param("page", pageId)
			.query(Long.class)
			.list();
		assertThat(articles).hasSizeGreaterThanOrEqualTo(3);

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get("http://localhost:" + port + "/admin/review/articles/" + articles.get(0));
		signIn(wait);
		WebElement through = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merge-form-through")));
		assertThat(through.getAttribute("value")).as("the next article at first").isEqualTo(articles.get(1).toString());

		WebElement third = browser.findElement(By.cssSelector("#scan-view a[data-article='" + articles.get(2) + "'] rect"));
		new org.openqa.selenium.interactions.Actions(browser).moveToElement(third).click().perform();
		assertThat(browser.getCurrentUrl()).as("the click picked, it did not open the article")
			.contains("/admin/review/articles/" + articles.get(0));
		assertThat(through.getAttribute("value")).isEqualTo(articles.get(2).toString());
		assertThat(browser.findElements(By.cssSelector("#scan-view a.to-merge"))).as("the two articles the merge takes in")
			.hasSize(2);
		HeadlessChromium.screenshot(browser, "merge-picked-on-page-1600");

		browser.findElement(By.id("merge-form-submit")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		WebElement merged = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correct-merged")));
		assertThat(merged.getText()).contains("已把 2 篇文章并入这一篇");
		assertThat(jdbc.sql("select count(*) from article where page_id = :page").param("page", pageId)
			.query(Long.class)
			.single()).isEqualTo(articles.size() - 2);
	}

}
