package org.qualcat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;

/**
 * The home page is each role's door (Chromium): everyone gets the public cards, and each role the cards of its own
 * work and no other's, in English and Chinese, each passing an axe-core WCAG 2.1 A/AA audit; every card leads to a
 * page that role may open.
 */
class HomePageBrowserIT extends IntegrationTest {

  private static final List<String> PUBLIC = List.of("catalog-card", "code-check-card", "notices-card");

  /** The cards beyond the public ones, by demo user. */
  private static final Map<String, List<String>> OWN_CARDS = Map.of(
      "applicant1", List.of("verification-card"),
      "authority1", List.of("nominations-card"),
      "secretariat1", List.of("tasklist-card", "monitoring-card", "draft-card", "import-card", "nominations-card",
          "adjustments-card"),
      "expert1", List.of("tasklist-card"),
      "committee1", List.of("tasklist-card", "monitoring-card", "nominations-card", "adjustments-card"),
      "monitor1", List.of("tasklist-card", "monitoring-card"),
      "verifier1", List.of("tasklist-card", "verification-card"),
      "hr1", List.of("verification-card"),
      "admin", List.of("tasklist-card", "audit-card", "employers-card", "monitoring-card", "import-card",
          "nominations-card", "adjustments-card"));

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void anonymousVisitorsGetThePublicCardsAndASignIn() {
    WebDriver browser = chromium.start();
    for (String language : List.of("en", "zh")) {
      browser.get(url("/?lang=" + language));
      assertThat(cards(browser)).containsExactlyInAnyOrder("catalog-card", "code-check-card", "notices-card",
          "sign-in-card");
      Accessibility.assertNoViolations(browser);
    }
  }

  @Test
  void eachRoleGetsTheCardsOfItsOwnWorkAndEachCardOpens() {
    OWN_CARDS.forEach((user, own) -> {
      WebDriver browser = chromium.start();
      chromium.signIn(url(""), user, "demo");
      for (String language : List.of("en", "zh")) {
        browser.get(url("/?lang=" + language));
        assertThat(cards(browser)).as(user).containsExactlyInAnyOrderElementsOf(
            Stream.concat(PUBLIC.stream(), own.stream()).toList());
        Accessibility.assertNoViolations(browser);
      }
      List<String> addresses = browser.findElements(By.cssSelector(".cards a.card")).stream()
          .map(card -> card.getDomAttribute("href")).filter(href -> !href.startsWith("/camunda")).toList();
      for (String address : addresses) {
        browser.get(url(address + (address.contains("?") ? "&" : "?") + "lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as(user + " " + address)
            .isNotIn("Not for your role", "Something went wrong", "Not found");
      }
      browser.quit();
    });
  }

  private static List<String> cards(WebDriver browser) {
    return browser.findElements(By.cssSelector(".cards a.card")).stream().map(card -> card.getDomAttribute("id"))
        .toList();
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
