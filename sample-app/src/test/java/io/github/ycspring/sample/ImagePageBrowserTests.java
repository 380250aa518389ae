package io.github.ycspring.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page at {@code /} in a real headless Chromium: Debian's {@code chromium} and {@code chromium-driver}
 * packages, or the binaries that {@code -Dsample-app.chromium} and {@code -Dsample-app.chromedriver} name. Skipped, not
 * failed, where they are not installed. The screenshot goes to {@code target/sample-app.png}, or wherever
 * {@code -Dsample-app.screenshot} says.
 */
@SampleAppTest
class ImagePageBrowserTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("sample-app.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("sample-app.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@BeforeEach
	void openBrowser(@TempDir Path profile) {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"No Chromium at " + CHROMIUM + ": install it with `apt-get install chromium chromium-driver`");
		assumeTrue(Files.isExecutable(CHROMEDRIVER),
				"No ChromeDriver at " + CHROMEDRIVER + ": install it with `apt-get install chromium-driver`");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--user-data-dir=" + profile, "--window-size=1600,1200");
		// an explicit driver keeps Selenium Manager from looking for one on the network
		ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(driver, options);
		this.browser.get("http://localhost:" + this.port + "/");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void pageShowsEveryImageAndAFullProgressBar() {
		awaitState("listing", "done");
		assertThat(this.browser.executeScript("return document.querySelectorAll('#rows tr').length"))
			.isEqualTo(2500L);
		WebElement progress = this.browser.findElement(By.id("list-progress"));
		assertThat(progress.getDomProperty("value")).isEqualTo("1");
		assertThat(progress.getDomProperty("max")).isEqualTo("1");
		assertThat(this.browser.findElement(By.id("list-status")).getText())
			.startsWith("Listed 2,500 images in 10 pages in");
		assertThat(this.browser.findElements(By.cssSelector("#page-strip li"))).hasSize(10);
	}

	@Test
	void createFormSubmittedWithTheKeyboardShowsTheOperationUntilDone() throws IOException {
		awaitState("listing", "done");
		// another folder, so that the demo folder keeps its 2,500 images for the other tests
		this.browser.findElement(By.cssSelector("#create-form [name=folderId]")).sendKeys("browser-tests");
		WebElement name = this.browser.findElement(By.cssSelector("#create-form [name=name]"));
		name.clear();
		name.sendKeys("created-in-a-browser", Keys.ENTER);
		awaitState("create", "done");
		assertThat(this.browser.findElement(By.id("operation-status")).getText())
			.contains("is done: created-in-a-browser");
		assertThat(this.browser.findElements(By.cssSelector("#operation-states li"))).hasSizeGreaterThan(1);
		saveScreenshot();
	}

	private void awaitState(String sectionId, String state) {
		new WebDriverWait(this.browser, PATIENCE)
			.until(ExpectedConditions.attributeToBe(By.id(sectionId), "data-state", state));
	}

	private void saveScreenshot() throws IOException {
		Path file = Path.of(System.getProperty("sample-app.screenshot", "target/sample-app.png"));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
