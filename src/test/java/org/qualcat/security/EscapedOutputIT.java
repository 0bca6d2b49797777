package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text users enter is shown escaped on every page that shows it: a stored {@code <script>} (in a holder's or an
 * employer's name, a supplement, a qualification's names from a catalog file, an edition's name) and one sent in a
 * query string or a form come back as text, never as markup. Every page is also checked to run no script but our
 * own file and to carry no inline event handler, which the Content-Security-Policy would block anyway.
 */
class EscapedOutputIT extends IntegrationTest {

  /** Markup that would run if it reached a page unescaped; valid as one line of text. */
  static final String MARKUP = "<script>alert('qualcat')</script><img src=x onerror=alert(1)>\"><svg onload=alert(2)>";
  static final String ESCAPED = "&lt;script&gt;alert(&#39;qualcat&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
      + "&quot;&gt;&lt;svg onload=alert(2)&gt;";

  private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)<script\\b[^>]*>");
  private static final String OUR_SCRIPT = "<script src=\"/js/qualcat.js\" defer></script>";
  /** A start tag with its attributes (quoted values may hold '>' and escaped markup). */
  private static final Pattern TAG = Pattern.compile(
      "<[a-zA-Z][a-zA-Z0-9-]*((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "\\s+([^\\s=>/]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  private SecurityFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new SecurityFixtures(processEngine, catalog, transaction, this::as);
  }

  @Test
  void aCaseWithMarkupInItsNamesAndSupplementIsShownAsTextToTheApplicantAndTheVerifier() {
    String reference = fixtures.caseAwaitingSupplement("Please explain " + MARKUP);
    as("applicant1").postJson("/api/verification-cases/" + reference + "/supplement", Map.of("note", MARKUP));
    String withNames = fixtures.submitCase(withNames(fixtures.listed()));

    BrowserSession applicant = signedIn("applicant1");
    BrowserSession verifier = signedIn("verifier1");
    for (BrowserSession browser : List.of(applicant, verifier)) {
      assertEscaped(browser.get("/verification/cases/" + reference), 2);
      assertEscaped(browser.get("/verification/cases/" + withNames), 2);
      assertEscaped(browser.get("/verification/cases/" + withNames + "?lang=zh"), 2);
      assertSafe(browser.get("/verification"));
    }
  }

  @Test
  void aPrintedResultShowsTheHoldersNameAsText() {
    String reference = fixtures.verifiedCase(withNames(fixtures.listedWithRegister()));
    BrowserSession applicant = signedIn("applicant1");

    assertEscaped(applicant.get("/verification/cases/" + reference + "/result"), 1);
    assertEscaped(applicant.get("/verification/cases/" + reference + "/result?download"), 1);
  }

  @Test
  void aQualificationAndAnEditionWithMarkupInTheirNamesAreShownAsTextOnThePublicCatalog() {
    String code = "HX-" + SecurityFixtures.unique();
    String csv = "code,name_en,name_zh,issuing_body,country_region,sector,lists,notes\n" + code + ","
        + String.join(",", cell(MARKUP), cell(MARKUP), cell(MARKUP), "Japan", cell(MARKUP), "INTERNATIONAL",
        cell(MARKUP)) + "\n";
    Response imported = as("secretariat1").post("/api/catalog/imports", "text/csv", csv);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    Response published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", "HX" + SecurityFixtures.unique(), "name", MARKUP));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);

    BrowserSession anyone = new BrowserSession(port());
    assertEscaped(anyone.get("/catalog/" + code), 5);
    assertEscaped(anyone.get("/catalog/" + code + "?lang=zh"), 5);
    assertEscaped(anyone.get("/catalog?q=" + code), 4);
    assertEscaped(anyone.get("/catalog?lang=zh&q=" + code), 4);
  }

  @Test
  void markupInAQueryStringOrAFormComesBackAsText() {
    BrowserSession anyone = new BrowserSession(port());
    assertEscaped(anyone.get("/catalog?q=" + encode(MARKUP) + "&sector=" + encode(MARKUP)), 2);

    BrowserSession applicant = signedIn("applicant1");
    HttpResponse<String> form = applicant.postForm("/verification/new", "/verification/new", Map.of(
        "qualificationCode", fixtures.listed(), "certificateNumber", "CERT-1", "certificateIssuedOn", "not a date",
        "holderName", MARKUP, "holderNationality", "FOREIGN", "holderDocumentNumber", "P1234567",
        "employerName", MARKUP, "employerRegion", "BEIJING", "employedInBeijing", "true"));
    assertThat(form.statusCode()).as("the form comes back with its errors").isEqualTo(200);
    assertEscaped(form, 2);
    assertSafe(applicant.get("/verification/cases/" + encode("<script>") + "x"));
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private static Map<String, Object> withNames(String qualificationCode) {
    Map<String, Object> body = SecurityFixtures.verificationCase(qualificationCode);
    body.put("holderName", MARKUP);
    body.put("employerName", MARKUP);
    return body;
  }

  /** The page shows the markup {@code times} times or more, each time escaped, and runs nothing but our script. */
  private static void assertEscaped(HttpResponse<String> page, int times) {
    assertThat(page.statusCode()).as(page.uri() + ": " + page.body()).isEqualTo(200);
    assertThat(count(page.body(), ESCAPED)).as("escaped markup on " + page.uri()).isGreaterThanOrEqualTo(times);
    assertSafe(page);
  }

  private static void assertSafe(HttpResponse<String> page) {
    String body = page.body();
    assertThat(body).as(page.uri().toString()).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    List<String> scripts = new ArrayList<>();
    Matcher tags = SCRIPT_TAG.matcher(body);
    while (tags.find()) {
      scripts.add(body.substring(tags.start(), Math.min(body.length(), tags.start() + OUR_SCRIPT.length())));
    }
    assertThat(scripts).as("scripts on " + page.uri()).allSatisfy(s -> assertThat(s).isEqualTo(OUR_SCRIPT));
    assertThat(eventHandlers(body)).as("inline event handlers on " + page.uri()).isEmpty();
    if (page.statusCode() == 200) {
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
          csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    }
  }

  /** The attributes named on… (onclick, onerror) of every tag. */
  private static List<String> eventHandlers(String html) {
    List<String> found = new ArrayList<>();
    Matcher tags = TAG.matcher(html);
    while (tags.find()) {
      Matcher attributes = ATTRIBUTE.matcher(tags.group(1));
      while (attributes.find()) {
        if (attributes.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
          found.add(tags.group());
        }
      }
    }
    return found;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  private static String cell(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
