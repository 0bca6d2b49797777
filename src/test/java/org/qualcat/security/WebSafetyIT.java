package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Web safety of the pages and the way in: CSRF tokens on every form, the security headers, a new session at sign-in,
 * login throttling by the identity service on the form and on HTTP Basic, no H2 console.
 */
class WebSafetyIT extends IntegrationTest {

  static final String SESSION = "JSESSIONID";
  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";
  static final String WEBAPP_SIGN_OUT = WEBAPP_USER + "/logout";

  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Environment environment;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  LockoutExpiry lockoutExpiry;

  private SecurityFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new SecurityFixtures(processEngine, catalog, transaction, this::as);
  }

  // --- CSRF -------------------------------------------------------------------------------------------------------

  @Test
  void theLoginFormNeedsItsCsrfToken() {
    String user = throwawayUser(Roles.APPLICANTS);
    BrowserSession browser = new BrowserSession(port());
    browser.get("/login");

    HttpResponse<String> withoutToken = browser.postFormAsIs("/login",
        Map.of("username", user, "password", "right-password"));

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(browser.get("/verification").statusCode()).as("not signed in").isEqualTo(302);
    assertThat(browser.signIn(user, "right-password").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    assertThat(browser.get("/verification").statusCode()).isEqualTo(200);
  }

  @Test
  void aPortalFormPostedWithoutItsTokenOrWithAnotherSessionsTokenChangesNothing() {
    String reference = fixtures.submitCase(SecurityFixtures.verificationCase(fixtures.listed()));
    BrowserSession applicant = signedIn("applicant1");
    BrowserSession other = signedIn("applicant1");
    String withdraw = "/verification/cases/" + reference + "/withdraw";
    long cases = jdbc.queryForObject("select count(*) from verification_case", Long.class);

    assertThat(applicant.postFormAsIs(withdraw, Map.of()).statusCode()).isEqualTo(403);
    assertThat(applicant.postFormAsIs(withdraw, Map.of("_csrf", other.csrfToken("/verification/new"))).statusCode())
        .as("a token of another session").isEqualTo(403);
    assertThat(applicant.postFormAsIs("/verification/new", Map.of("qualificationCode", fixtures.listed(),
        "certificateNumber", "CSRF-1", "certificateIssuedOn", "2019-09-01", "holderName", "Mallory",
        "holderNationality", "FOREIGN", "holderDocumentNumber", "P7654321", "employerName", "Evil Ltd",
        "employerRegion", "BEIJING", "employedInBeijing", "true")).statusCode()).isEqualTo(403);
    assertThat(status(reference)).isEqualTo("SUBMITTED");
    assertThat(jdbc.queryForObject("select count(*) from verification_case", Long.class)).isEqualTo(cases);

    HttpResponse<String> withToken = applicant.postForm("/verification/cases/" + reference, withdraw, Map.of());
    assertThat(withToken.statusCode()).isEqualTo(302);
    assertThat(status(reference)).isEqualTo("WITHDRAWN");
  }

  @Test
  void signingOutTakesAPostWithTheToken() {
    BrowserSession browser = signedIn("applicant1");

    browser.get("/logout");
    assertThat(browser.postFormAsIs("/logout", Map.of()).statusCode()).isEqualTo(403);
    assertThat(browser.get("/verification").statusCode()).as("still signed in").isEqualTo(200);

    assertThat(browser.postForm("/verification", "/logout", Map.of()).statusCode()).isEqualTo(302);
    assertThat(browser.get("/verification").statusCode()).as("signed out").isEqualTo(302);
  }

  // --- headers ----------------------------------------------------------------------------------------------------

  /**
   * A webapp's "Log out" signs out of Qualcat too: otherwise single sign-on hands the user straight back to the
   * webapp, and on a shared desk the next person is signed in as the last. The webapp then shows its own sign-in
   * form, which signs in to Qualcat as the login page does.
   */
  @Test
  void signingOutOfACamundaWebappSignsOutOfQualcatAndItsSignInFormSignsIn() {
    String user = throwawayUser(Roles.SECRETARIAT);
    BrowserSession staff = new BrowserSession(port());
    staff.signIn(user, "right-password");
    assertThat(staff.get(TASKLIST).statusCode()).isEqualTo(200);
    assertThat(staff.get(WEBAPP_USER).body()).contains("\"userId\":\"" + user + "\"");
    String token = staff.cookie("XSRF-TOKEN");
    assertThat(token).as("the webapps' CSRF token").isNotBlank();
    BrowserSession forger = signedIn("secretariat1");
    forger.get(TASKLIST);
    assertThat(forger.postFormWithHeader(WEBAPP_SIGN_OUT, Map.of(), "X-XSRF-TOKEN", "forged").statusCode())
        .as("without the webapps' token it is no sign-out, and the webapps refuse it").isEqualTo(403);

    HttpResponse<String> signedOut = staff.postFormWithHeader(WEBAPP_SIGN_OUT, Map.of(), "X-XSRF-TOKEN", token);

    assertThat(signedOut.statusCode()).isEqualTo(200);
    assertThat(staff.get(WEBAPP_USER).statusCode()).as("the webapps' API").isEqualTo(401);
    assertThat(staff.get(TASKLIST).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    assertThat(lastSignInLine(user, "LOGOUT")).isEqualTo("webapp");

    BrowserSession forgedSignIn = new BrowserSession(port());
    assertThat(forgedSignIn.get("/camunda/api/engine/engine/").statusCode()).isEqualTo(200);
    assertThat(forgedSignIn.cookie("XSRF-TOKEN")).as("the webapps gave this session a token").isNotBlank();
    assertThat(forgedSignIn.postFormWithHeader(WEBAPP_USER + "/login/tasklist",
        Map.of("username", user, "password", "right-password"), "X-XSRF-TOKEN", "forged").statusCode())
        .as("a sign-in without the webapps' token (as another site would send it)").isEqualTo(403);
    assertThat(forgedSignIn.get(TASKLIST).statusCode()).as("signs nobody in").isEqualTo(302);
    assertThat(lastSignInLine(user, "LOGIN_SUCCEEDED")).as("and records no sign-in").isEqualTo("form");

    String sessionBefore = staff.cookie(SESSION);
    HttpResponse<String> signedIn = staff.postFormWithHeader(WEBAPP_USER + "/login/tasklist",
        Map.of("username", user, "password", "right-password"), "X-XSRF-TOKEN", token);

    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.body()).contains("\"userId\":\"" + user + "\"");
    assertThat(staff.cookie(SESSION)).as("a new session id").isNotEqualTo(sessionBefore);
    assertThat(staff.get(WEBAPP_USER).body()).contains("\"userId\":\"" + user + "\"");
    assertThat(staff.get(TASKLIST).statusCode()).as("signed in to Qualcat again").isEqualTo(200);
    assertThat(lastSignInLine(user, "LOGIN_SUCCEEDED")).isEqualTo("webapp");

    staff.postFormWithHeader(WEBAPP_SIGN_OUT, Map.of(), "X-XSRF-TOKEN", staff.cookie("XSRF-TOKEN"));
    HttpResponse<String> wrong = staff.postFormWithHeader(WEBAPP_USER + "/login/tasklist",
        Map.of("username", user, "password", "guess"), "X-XSRF-TOKEN", staff.cookie("XSRF-TOKEN"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(staff.get(TASKLIST).statusCode()).as("still signed out").isEqualTo(302);
    assertThat(lastSignInLine(user, "LOGIN_FAILED")).isEqualTo("webapp: BadCredentialsException");
  }

  private String lastSignInLine(String user, String action) {
    return jdbc.queryForObject("select details from audit_entry where id = (select max(id) from audit_entry "
        + "where action = ? and subject = ?)", String.class, action, user);
  }

  @Test
  void pagesSendAContentSecurityPolicyWithoutInlineScriptAndRefuseFraming() {
    BrowserSession anonymous = new BrowserSession(port());
    BrowserSession applicant = signedIn("applicant1");
    for (HttpResponse<String> page : List.of(anonymous.get("/"), anonymous.get("/catalog"), anonymous.get("/login"),
        anonymous.get("/catalog/BJ-I-001"), applicant.get("/verification"), applicant.get("/verification/new"),
        anonymous.get("/no-such-page"), anonymous.get("/verification-codes"),
        anonymous.get("/verification-codes/AAAAAAAAAAAAAAAAAAAAAA"))) {
      String where = page.uri().toString();
      assertThat(page.headers().allValues("Content-Security-Policy")).as(where)
          .containsExactly(SecureHeaders.PAGE_POLICY);
      assertThat(SecureHeaders.PAGE_POLICY).contains("script-src 'self';", "style-src 'self';",
          "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'").doesNotContain("unsafe");
      assertThat(page.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
      assertThat(page.headers().firstValue("Referrer-Policy")).as(where).hasValue("same-origin");
    }
    HttpResponse<String> script = anonymous.get("/js/qualcat.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
  }

  @Test
  void theCamundaWebappsKeepTheirOwnPolicyAndMayFrameThemselves() {
    BrowserSession staff = signedIn("expert1");

    HttpResponse<String> tasklist = staff.get("/camunda/app/tasklist/default/");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
    assertThat(policies).as("Camunda's policy only").hasSize(1);
    assertThat(policies.get(0)).isNotEqualTo(SecureHeaders.PAGE_POLICY).contains("script-src");
    assertThat(tasklist.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  @Test
  void apiAnswersAllowNothingInABrowser() {
    for (Response answer : List.of(anonymous().get("/api/catalog"), anonymous().get("/api/nominations"),
        as("applicant1").get("/api/no-such-thing"))) {
      assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'; sandbox");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    }
  }

  // --- sessions ---------------------------------------------------------------------------------------------------

  @Test
  void signingInStartsANewSessionSoThatAPlantedSessionIdIsWorthless() {
    BrowserSession victim = new BrowserSession(port());
    victim.get("/login");
    String planted = victim.cookie(SESSION);
    assertThat(planted).as("the login form keeps its CSRF token in a session").isNotNull();

    victim.signIn("applicant1", "demo");

    String afterSignIn = victim.cookie(SESSION);
    assertThat(afterSignIn).isNotNull().isNotEqualTo(planted);
    BrowserSession attacker = new BrowserSession(port());
    attacker.setCookie(SESSION, planted);
    assertThat(attacker.get("/verification").statusCode()).as("the old id signs nobody in").isEqualTo(302);
    assertThat(victim.get("/verification").statusCode()).isEqualTo(200);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    HttpResponse<String> login = new BrowserSession(port()).get("/login");

    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith(SESSION + "=").contains("HttpOnly").contains("SameSite=Lax"));
  }

  // --- login throttling -------------------------------------------------------------------------------------------

  /**
   * After a wrong password the identity service locks the user for a while (3 s, doubling with each failure, up to
   * 60 s; after 10 failures for half an hour, see below), and refuses even the right password until the
   * lock expires: guessing is slow. The test moves the engine's clock instead of waiting.
   */
  @Test
  void aRightPasswordRightAfterWrongOnesIsRefusedOnTheLoginFormUntilTheLockExpires() {
    String user = throwawayUser(Roles.APPLICANTS);
    BrowserSession browser = new BrowserSession(port());
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(browser.signIn(user, "guess-" + attempt).headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    assertThat(browser.signIn(user, "right-password").headers().firstValue("Location"))
        .as("the right password while locked").hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(browser.get("/verification").statusCode()).isEqualTo(302);

    Date lockedUntil = lockExpiration(user);
    assertThat(lockedUntil).isAfter(new Date());
    afterTheLock(lockedUntil, () -> {
      assertThat(browser.signIn(user, "right-password").headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
      assertThat(browser.get("/verification").statusCode()).isEqualTo(200);
    });
  }

  @Test
  void aRightPasswordRightAfterWrongOnesIsRefusedOnHttpBasicUntilTheLockExpires() {
    String user = throwawayUser(Roles.APPLICANTS);
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(as(user, "guess-" + attempt).get("/api/verification-cases").status()).isEqualTo(401);
    }

    Response locked = as(user, "right-password").get("/api/verification-cases");
    assertThat(locked.status()).as("the right password while locked").isEqualTo(401);
    assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
    assertThat(as(user, "right-password").get("/engine-rest/engine").status()).isEqualTo(401);

    Date lockedUntil = lockExpiration(user);
    assertThat(lockedUntil).isAfter(new Date());
    afterTheLock(lockedUntil,
        () -> assertThat(as(user, "right-password").get("/api/verification-cases").status()).isEqualTo(200));
  }

  @Test
  void theLockGrowsWithEachFailure() {
    String user = throwawayUser(Roles.APPLICANTS);
    as(user, "wrong").get("/api/verification-cases");
    Date first = lockExpiration(user);
    afterTheLock(first, () -> as(user, "wrong again").get("/api/verification-cases"));
    Date second = lockExpiration(user);

    assertThat(second.getTime() - first.getTime()).as("the second lock is longer")
        .isGreaterThan(first.getTime() - new Date().getTime());
    assertThat(jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?", Integer.class, user))
        .isEqualTo(2);
  }

  /**
   * Ten failures lock a user for good in Camunda, so that anyone knowing a user name could shut its owner out; here
   * the lockout lasts half an hour and is then lifted, with a line in the audit trail.
   */
  @Test
  void aUserLockedAfterTenFailuresIsLockedOutForHalfAnHourThenUnlocked() {
    String user = throwawayUser(Roles.APPLICANTS);
    as(user, "guess-0").get("/api/verification-cases");
    for (int attempt = 1; attempt < 10; attempt++) {
      String guess = "guess-" + attempt;
      afterTheLock(lockExpiration(user), () -> as(user, guess).get("/api/verification-cases"));
    }
    assertThat(jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?", Integer.class, user))
        .isEqualTo(10);
    Date lastLock = lockExpiration(user);

    afterTheLock(lastLock, () -> {
      assertThat(as(user, "right-password").get("/api/verification-cases").status())
          .as("locked for good once its delay is over").isEqualTo(401);
      assertThat(lockoutExpiry.run()).doesNotContain(user);
    });
    ClockUtil.setCurrentTime(new Date(lastLock.getTime() + Duration.ofMinutes(30).plusSeconds(1).toMillis()));
    try {
      assertThat(lockoutExpiry.run()).contains(user);
      assertThat(as(user, "right-password").get("/api/verification-cases").status()).isEqualTo(200);
    } finally {
      ClockUtil.reset();
    }
    assertThat(jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?", Integer.class, user)).isZero();
    assertThat(jdbc.queryForList("select actor, details from audit_entry where action = 'ACCOUNT_UNLOCKED' "
        + "and subject = ?", user)).singleElement().satisfies(line -> {
          assertThat(line.get("ACTOR")).isEqualTo("qualcat");
          assertThat(line.get("DETAILS")).isEqualTo("locked after 10 failed sign-ins; unlocked after 30 minutes");
        });
  }

  // --- no H2 console ----------------------------------------------------------------------------------------------

  @Test
  void thereIsNoH2Console() {
    assertThat(environment.getProperty("spring.h2.console.enabled", Boolean.class, false)).isFalse();
    BrowserSession admin = signedIn("admin");
    assertThat(admin.get("/h2-console").statusCode()).isEqualTo(404);
    assertThat(admin.get("/h2-console/login.jsp").statusCode()).isEqualTo(404);
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private String status(String reference) {
    return jdbc.queryForObject("select status from verification_case where reference = ?", String.class, reference);
  }

  /** A user of its own: a locked demo user would fail other tests. */
  private String throwawayUser(String group) {
    String id = "ws" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(id);
    user.setPassword("right-password");
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private Date lockExpiration(String user) {
    return jdbc.queryForObject("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", Date.class, user);
  }

  /** Runs {@code action} with the engine's clock a second past {@code lockedUntil}. */
  private static void afterTheLock(Date lockedUntil, Runnable action) {
    ClockUtil.setCurrentTime(new Date(lockedUntil.getTime() + 1000));
    try {
      action.run();
    } finally {
      ClockUtil.reset();
    }
  }
}
