package org.baoku;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
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

import static org.assertj.core.api.Assertions.assertThat;

/** A journalist in headless Chromium types a query into the search page and sees highlighted results. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.baoku.HeadlessChromium#installed", disabledReason = HeadlessChromium.MISSING)
class SearchPageBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("baoku.data-dir", () -> TestDataDir.path("browser").toString());
	}

	@BeforeEach
	void openBrowser() throws Exception {
		browser = HeadlessChromium.start(Map.of());
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void choosingTwoReportersKeepsBothInTheUrlAndCountsEither() {
		browser.get("http://localhost:" + port + "/search?q=" + URLEncoder.encode("会议", StandardCharsets.UTF_8));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		List<WebElement> values = browser.findElements(By.cssSelector("#facet-reporter li a.value"));
		String first = values.get(0).getAttribute("data-value");
		String second = values.get(1).getAttribute("data-value");
		values.get(0).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chips .chip")));
		// The other reporters are still offered with their counts: the facet is drilled sideways.
		browser.findElement(By.cssSelector("#facet-reporter li a.value[data-value='" + second + "']")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chips .chip"), 2));
		String url = URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
		assertThat(url).contains("reporter=" + first).contains("reporter=" + second).contains("q=会议");
		long expected = jdbc.sql("""
				select count(distinct a.id) from article a join article_reporter ar on ar.article_id = a.id
				join reporter r on r.id = ar.reporter_id
				where r.name in (:a, :b) and strpos(coalesce(a.kicker, '') || a.headline || coalesce(a.subtitle, '') || a.body, '会议') > 0
				""").param("a", first).param("b", second).query(Long.class).single();
		assertThat(browser.findElement(By.id("result-count")).getText()).contains(Long.toString(expected));
		assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize((int) Math.min(expected, 10));
		browser.navigate().back();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chips .chip"), 1));
	}

	@Test
	void typingAQueryShowsHighlightedResults() {
		browser.get("http://localhost:" + port + "/search");
		WebElement box = browser.findElement(By.id("q"));
		box.sendKeys("盐湖");
		browser.findElement(By.id("search-button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".snippet mark")));
		assertThat(browser.getCurrentUrl()).contains("q=");
		assertThat(browser.findElement(By.id("result-count")).getText()).contains("盐湖");
		List<WebElement> marks = browser.findElements(By.cssSelector(".snippet mark"));
		assertThat(marks).isNotEmpty().allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("盐湖"));
		browser.findElements(By.cssSelector(".hit .headline")).get(0).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article h1")));
		assertThat(browser.findElement(By.cssSelector("article .body")).getText()).contains("盐湖");
	}

}
