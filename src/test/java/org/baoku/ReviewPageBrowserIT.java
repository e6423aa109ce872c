package org.baoku;

import java.time.Duration;
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

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
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

}
