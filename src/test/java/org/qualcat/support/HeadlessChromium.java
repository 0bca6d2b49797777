package org.qualcat.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven headless through Debian's {@code chromedriver}, both named explicitly so that
 * Selenium Manager never downloads anything. Without them a test is skipped with a message, unless
 * {@code QUALCAT_BROWSER_TESTS=required} (set by {@code .ci/run}), where it fails.
 */
public final class HeadlessChromium {

  /** Environment variable that makes missing browser binaries a failure instead of a skip. */
  public static final String MODE = "QUALCAT_BROWSER_TESTS";
  static final String[] FLAGS = {"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      "--window-size=1280,1024"};

  private HeadlessChromium() {
  }

  /** A new headless browser; the caller quits it. */
  public static WebDriver start() {
    return start(null);
  }

  /**
   * A new headless browser whose language is {@code language} ({@code zh-CN}: {@code navigator.languages} and the
   * {@code Accept-Language} header), or the machine's when null; the caller quits it.
   */
  public static WebDriver start(String language) {
    Optional<Path> browser = find("QUALCAT_CHROMIUM", "chromium");
    Optional<Path> driver = find("QUALCAT_CHROMEDRIVER", "chromedriver");
    if (browser.isEmpty() || driver.isEmpty()) {
      String missing = "Debian's chromium and chromium-driver are needed for the browser tests (apt-get install "
          + "chromium chromium-driver); found chromium: " + browser.map(Path::toString).orElse("no")
          + ", chromedriver: " + driver.map(Path::toString).orElse("no");
      if ("required".equalsIgnoreCase(System.getenv(MODE))) {
        throw new AssertionError(missing + " (" + MODE + "=required)");
      }
      Assumptions.abort(missing + "; skipped (set " + MODE + "=required to fail instead)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments(FLAGS);
    if (language != null) {
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.get().toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  /** The binary named by {@code variable}, else the first {@code name} on the PATH. */
  private static Optional<Path> find(String variable, String name) {
    String configured = System.getenv(variable);
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
    return Stream.of(pathVariable.split(File.pathSeparator))
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
