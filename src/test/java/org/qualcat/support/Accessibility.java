package org.qualcat.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 A and AA audits of the page a browser shows, with axe-core (the WebJar {@code org.webjars.npm:axe-core}, a
 * test dependency). The script is injected through WebDriver, which the pages' Content-Security-Policy does not
 * govern (it forbids inline script), and run asynchronously on the whole document.
 *
 * <pre>{@code Accessibility.assertNoViolations(browser);}</pre>
 */
public final class Accessibility {

  /** The rule tags audited: WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String AXE = axeSource();

  /** Runs axe and hands back its violations, one line each, as "rule (impact): help — targets". */
  private static final String RUN = "var done = arguments[arguments.length - 1];"
      + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
      + "  .then(function (results) {"
      + "    done({ok: true, violations: results.violations.map(function (v) {"
      + "      return v.id + ' (' + v.impact + '): ' + v.help + ' \u2014 ' + v.nodes.map(function (n) {"
      + "        return n.target.join(' ');"
      + "      }).join(', ');"
      + "    })});"
      + "  })"
      + "  .catch(function (e) { done({ok: false, error: String(e)}); });";

  private Accessibility() {
  }

  /** The WCAG 2.1 A/AA violations axe finds on the current page (empty when there are none). */
  @SuppressWarnings("unchecked")
  public static List<String> violations(WebDriver browser) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
      script.executeScript(AXE);
    }
    Map<String, Object> outcome = (Map<String, Object>) script.executeAsyncScript(RUN, WCAG_21_AA);
    if (!Boolean.TRUE.equals(outcome.get("ok"))) {
      throw new IllegalStateException("axe did not run on " + browser.getCurrentUrl() + ": " + outcome.get("error"));
    }
    return (List<String>) outcome.get("violations");
  }

  /** Fails with the violations' rule ids and the elements they were found on, if axe finds any. */
  public static void assertNoViolations(WebDriver browser) {
    List<String> found = violations(browser);
    if (!found.isEmpty()) {
      throw new AssertionError("WCAG 2.1 A/AA violations on " + browser.getCurrentUrl() + " (axe-core " + VERSION
          + "):\n  " + String.join("\n  ", found));
    }
  }

  /** The version of axe-core the WebJar brings. */
  public static final String VERSION = webJarVersion();

  private static String webJarVersion() {
    Properties properties = new Properties();
    try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static String axeSource() {
    try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + webJarVersion() + "/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the test classpath (the WebJar org.webjars.npm:axe-core)");
    }
    return in;
  }
}
