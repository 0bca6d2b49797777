package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.audit.TrailReader.at;
import static org.qualcat.audit.TrailReader.whoDidWhat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Roles;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/audit}: administrators only, filters that narrow as they say, pages, problem details for bad
 * filters; and sign-ins in the trail (form sign-ins, every failed authentication, sign-outs — not each successful
 * HTTP Basic request).
 */
class AuditSearchIT extends IntegrationTest {

  private static final String AUDIT = "/api/audit";

  @Autowired
  IdentityService identity;

  private TrailReader trail;
  private ApiClient admin;

  @BeforeEach
  void reader() {
    admin = as("admin");
    trail = new TrailReader(admin);
  }

  @Test
  void onlyAdministratorsSearchTheTrail() {
    Response anonymous = anonymous().get(AUDIT);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("Content-Type")).contains("application/problem+json");
    for (String user : List.of("verifier1", "secretariat1", "committee1", "monitor1", "applicant1", "authority1")) {
      Response refused = as(user).get(AUDIT);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.json().get("status").asInt()).isEqualTo(403);
      assertThat(refused.body()).as(user).doesNotContain("actor");
    }
    Response allowed = admin.get(AUDIT);
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.json().get("items").isArray()).isTrue();
  }

  @Test
  void filtersNarrowByUserActionCategorySubjectAndTimeAPageAtATime() {
    String prefix = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    String first = prefix + "-a";
    String second = prefix + "-b";
    Instant before = TrailReader.startOfTheSecond();
    for (int i = 0; i < 3; i++) {
      assertThat(as(first, "wrong").get("/api/verification-cases").status()).isEqualTo(401);
    }
    assertThat(as(second, "wrong").get("/api/verification-cases").status()).isEqualTo(401);
    Instant after = Instant.now();

    List<JsonNode> failures = trail.about(first);
    assertThat(whoDidWhat(failures)).containsExactly("anonymous LOGIN_FAILED", "anonymous LOGIN_FAILED",
        "anonymous LOGIN_FAILED");
    assertThat(failures).allSatisfy(f -> {
      assertThat(f.get("details").asText()).isEqualTo("basic: BadCredentialsException");
      assertThat(f.get("category").asText()).isEqualTo("SIGN_IN");
      assertThat(at(f)).isBetween(before, after);
    });

    JsonNode page0 = admin.get(AUDIT + "?subject=" + first + "&size=2").json();
    assertThat(page0.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page0.get("totalPages").asInt()).isEqualTo(2);
    assertThat(page0.get("items")).hasSize(2);
    JsonNode page1 = admin.get(AUDIT + "?subject=" + first + "&size=2&page=1").json();
    assertThat(page1.get("items")).hasSize(1);
    assertThat(page0.get("items").get(0).get("id").asLong()).as("newest first")
        .isGreaterThan(page0.get("items").get(1).get("id").asLong())
        .isGreaterThan(page1.get("items").get(0).get("id").asLong());

    assertThat(trail.search("subject=" + prefix + "*")).hasSize(4);
    assertThat(trail.search("subject=" + prefix.replace("-", "_") + "*")).as("_ is no wildcard").isEmpty();
    assertThat(trail.search("subject=" + first + "&action=LOGIN_FAILED")).hasSize(3);
    assertThat(trail.search("subject=" + first + "&action=LOGIN_SUCCEEDED")).isEmpty();
    assertThat(trail.search("subject=" + first + "&category=SIGN_IN")).hasSize(3);
    assertThat(trail.search("subject=" + first + "&category=DECISION")).isEmpty();
    assertThat(trail.search("subject=" + first + "&user=anonymous")).hasSize(3);
    assertThat(trail.search("subject=" + first + "&user=verifier1")).isEmpty();
    assertThat(trail.search("subject=" + first + "&from=" + before + "&to=" + after)).hasSize(3);
    assertThat(trail.search("subject=" + first + "&from=" + after.plusSeconds(1))).isEmpty();
    assertThat(trail.search("subject=" + first + "&to=" + before.minusSeconds(1))).isEmpty();
    LocalDate today = LocalDate.ofInstant(after, BureauTime.ZONE);
    assertThat(trail.search("subject=" + first + "&from=" + today + "&to=" + today)).as("a Beijing day, whole")
        .hasSize(3);
    assertThat(trail.search("subject=" + first + "&to=" + today.minusDays(1))).isEmpty();
  }

  @Test
  void eachSearchIsItselfRecordedWithoutRepeatingFreeText() {
    assertThat(admin.get(AUDIT + "?action=CASE_VIEWED&subject=BJV-2026-000001&from=2026-01-01").status())
        .isEqualTo(200);
    assertThat(admin.get(AUDIT + "?subject=Jane%20Doe").status()).isEqualTo(200);

    List<JsonNode> searches = trail.search("action=AUDIT_SEARCHED&user=admin");
    // a search is recorded once it has found its lines: the reader's own search is not among them
    JsonNode byReference = searches.get(searches.size() - 2);
    JsonNode byText = searches.get(searches.size() - 1);
    assertThat(byReference.get("subject").asText()).isEqualTo("audit");
    assertThat(byReference.get("category").asText()).isEqualTo("EXPORT");
    assertThat(byReference.get("details").asText())
        .isEqualTo("filters: action=CASE_VIEWED, subject=BJV-2026-000001, from=2026-01-01; page 0");
    assertThat(byText.get("details").asText()).isEqualTo("filters: subject=(other text); page 0")
        .doesNotContain("Jane");
  }

  @Test
  void badFiltersAreProblemDetailsNamingTheField() {
    assertBad("action=NOPE", "action");
    assertBad("category=SOMETIMES", "category");
    assertBad("from=yesterday", "from");
    assertBad("to=2026-13-01", "to");
    assertBad("from=2026-02-01&to=2026-01-01", "to");
    assertBad("from=2026-01-01T10:00:00", "from");
    assertBad("size=0", "size");
    assertBad("size=201", "size");
    assertBad("page=-1", "page");
    assertBad("usr=admin", "usr");
    assertBad("user=" + "x".repeat(65), "user");
    assertBad("subject=" + "x".repeat(121), "subject");
  }

  @Test
  void formSignInsFailedAuthenticationsAndSignOutsAreRecordedButNotEachBasicRequest() {
    String user = throwawayUser();
    BrowserSession browser = new BrowserSession(port());
    HttpResponse<String> refused = browser.signIn(user, "not-the-password");
    assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn(unknown, "whatever");
    Instant before = TrailReader.startOfTheSecond();
    HttpResponse<String> signedIn = new BrowserSession(port()).signIn("verifier1", "demo");
    assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

    List<JsonNode> failed = trail.about(user);
    assertThat(whoDidWhat(failed)).containsExactly("anonymous LOGIN_FAILED");
    assertThat(failed.get(0).get("details").asText()).isEqualTo("form: BadCredentialsException");
    assertThat(failed.get(0).get("clientAddress").asText()).isNotBlank();
    assertThat(whoDidWhat(trail.about(unknown))).as("a name that is no user").containsExactly("anonymous LOGIN_FAILED");
    JsonNode signIn = last(trail.search("subject=verifier1&action=LOGIN_SUCCEEDED"));
    assertThat(signIn.get("actor").asText()).isEqualTo("verifier1");
    assertThat(signIn.get("details").asText()).isEqualTo("form");
    assertThat(at(signIn)).isAfterOrEqualTo(before);

    long basicBefore = trail.count("user=secretariat1&category=SIGN_IN");
    assertThat(as("secretariat1").get("/api/nominations").status()).isEqualTo(200);
    assertThat(as("secretariat1").get("/engine-rest/task").status()).isEqualTo(200);
    assertThat(trail.count("user=secretariat1&category=SIGN_IN")).as("HTTP Basic successes are not recorded")
        .isEqualTo(basicBefore);

    BrowserSession monitor = new BrowserSession(port());
    monitor.signIn("monitor1", "demo");
    HttpResponse<String> signedOut = monitor.postForm("/", "/logout", Map.of());
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(whoDidWhat(List.of(last(trail.search("user=monitor1&category=SIGN_IN")))))
        .containsExactly("monitor1 LOGOUT");
  }

  private void assertBad(String query, String field) {
    long before = trail.count("action=AUDIT_SEARCHED");
    Response bad = admin.get(AUDIT + "?" + query);
    assertThat(bad.status()).as(query + ": " + bad).isEqualTo(400);
    assertThat(bad.header("Content-Type")).contains("application/problem+json");
    assertThat(bad.json().get("errors").findValuesAsText("field")).as(query).containsExactly(field);
    assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at org.");
    // the reader's own search is the one line added
    assertThat(trail.count("action=AUDIT_SEARCHED")).as("a refused search is no search").isEqualTo(before + 1);
  }

  private static JsonNode last(List<JsonNode> lines) {
    assertThat(lines).isNotEmpty();
    return lines.get(lines.size() - 1);
  }

  private String throwawayUser() {
    String id = "audit" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setPassword("the-password-" + id);
    identity.saveUser(user);
    identity.createMembership(id, Roles.SECRETARIAT);
    return id;
  }
}
