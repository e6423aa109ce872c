package org.baoku;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver for the browser tests: whether they are installed, and a headless browser
 * with its profile in the test data folder and nothing that reaches the network on its own.
 */
final class HeadlessChromium {

	static final String MISSING = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); .ci/run installs them";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** Where the browser tests put their screenshots, for people to look at. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The browser's window as it is, saved as {@code target/screenshots/<name>.png}. */
	static void screenshot(WebDriver browser, String name) throws IOException {
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.move(shot, Files.createDirectories(SCREENSHOTS).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** A new browser; {@code prefs} are Chromium preferences such as the languages it asks for. */
	static WebDriver start(Map<String, Object> prefs, String... arguments) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + Files.createDirectories(TestDataDir.path("chromium-" + System.nanoTime())));
		options.addArguments(arguments);
		if (!prefs.isEmpty()) {
			options.setExperimentalOption("prefs", prefs);
		}
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
				options);
	}

}
