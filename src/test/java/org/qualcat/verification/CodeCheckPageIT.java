package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public code-check page, as anyone sees it (no sign-in): the same answer as the code-check API, in English and
 * Chinese, never anything about the holder; an unknown or malformed code is simply not valid (200, the same page).
 */
class CodeCheckPageIT extends IntegrationTest {

  @Autowired
  ApplicationMaterials applicationMaterials;

  private static final String PAGE = "/verification-codes/";

  @Autowired
  VerificationCases cases;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  @Test
  void anAuthenticCodeOnTheDemoCatalogShowsTheQualificationTheEditionAndTheSampleNoticeInBothLanguages() {
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, "BJ-I-001",
        VerificationFixtures.APPLICANT);
    VerificationCase issued = repository.findByReference(reference).orElseThrow();
    String code = issued.getVerificationCode();
    JsonNode api = anonymous().get("/api/verification-codes/" + code).json();
    BrowserSession anyone = new BrowserSession(port());

    HttpResponse<String> english = anyone.get(PAGE + code + "?lang=en");
    HttpResponse<String> chinese = anyone.get(PAGE + code + "?lang=zh");

    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.body()).contains("<html lang=\"en\">", "data-authentic=\"true\"",
        "This code is authentic: it belongs to a verification result issued by the platform.",
        "<code id=\"check-code\">" + code + "</code>", "BJ-I-001", escaped(api.get("qualificationNameEn").asText()),
        escaped(api.get("qualificationNameZh").asText()), api.get("issuedOn").asText(),
        "<dd id=\"check-edition\">" + escaped(api.get("editionName").asText()) + "</dd>", "data-removed=\"false\"",
        "The edition of the catalog in force still lists this qualification.",
        "id=\"check-sample\">Sample data — not an official result.</p>",
        "The verification result certifies the authenticity of the certificate only");
    assertThat(chinese.statusCode()).isEqualTo(200);
    assertThat(chinese.body()).contains("<html lang=\"zh\">", "该核验码真实有效，属于本平台出具的核验结果。",
        escaped(api.get("qualificationNameZh").asText()), escaped(api.get("editionName").asText()),
        "id=\"check-sample\">示例数据——并非正式核验结果。</p>", "现行版本的目录仍收录该职业资格。",
        "核验结果仅证明证书的真实性");
    for (HttpResponse<String> page : java.util.List.of(english, chinese)) {
      assertThat(page.body()).as("nothing about the holder or the case").doesNotContain(issued.getHolderName())
          .doesNotContain(issued.getHolderDocumentNumber()).doesNotContain(issued.getCertificateNumber())
          .doesNotContain(issued.getEmployerName()).doesNotContain(reference)
          .doesNotContain(VerificationFixtures.APPLICANT);
      assertThat(page.headers().allValues("Set-Cookie")).as("no session for anyone")
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }
  }

  @Test
  void anOfficialCodeHasNoSampleNoticeAndStaysValidWhenItsQualificationLeavesTheCatalog() {
    VerificationFixtures fixtures = new VerificationFixtures(catalog, transaction);
    String qualification = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, qualification,
        VerificationFixtures.APPLICANT);
    String code = repository.findByReference(reference).orElseThrow().getVerificationCode();
    BrowserSession anyone = new BrowserSession(port());

    String listed = anyone.get(PAGE + code + "?lang=en").body();
    fixtures.remove(qualification);
    String removed = anyone.get(PAGE + code + "?lang=en").body();
    String removedZh = anyone.get(PAGE + code + "?lang=zh").body();

    assertThat(listed).contains("data-authentic=\"true\"", "Test qualification " + qualification,
        "测试资格 " + qualification, "data-removed=\"false\"").doesNotContain("check-sample")
        .doesNotContain("Sample data");
    assertThat(removed).as("the result stays valid").contains("data-authentic=\"true\"", "data-removed=\"true\"",
        "The edition of the catalog in force no longer lists this qualification. The result stays valid: it was "
            + "issued before the removal.");
    assertThat(removedZh).contains("现行版本的目录已不再收录该职业资格。本核验结果出具于该资格移出目录之前，仍然有效。");
  }

  @Test
  void unknownAndMalformedCodesAreNotValidOnTheSamePage() {
    BrowserSession anyone = new BrowserSession(port());

    for (String path : java.util.List.of(PAGE + "AAAAAAAAAAAAAAAAAAAAAA", PAGE + "not-a-code",
        PAGE + "AAAAAAAAAAAAAAAAAAAAAAA", PAGE + "%3Cscript%3Ealert(1)%3C%2Fscript%3E".replace("%2F", "-"),
        PAGE + "A".repeat(300), "/verification-codes?code=not+a+code")) {
      HttpResponse<String> page = anyone.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains("data-authentic=\"false\"",
          "This code is not a valid verification code.").doesNotContain("<script>")
          .doesNotContain("Exception").doesNotContain("data-authentic=\"true\"");
    }
    assertThat(anyone.get(PAGE + "not-a-code?lang=en").body()).as("what was typed, back in the field")
        .contains("value=\"not-a-code\"");
    assertThat(anyone.get(PAGE + "A".repeat(300)).body()).doesNotContain("A".repeat(65));
    assertThat(anyone.get(PAGE + "not-a-code?lang=zh").body()).contains("该代码不是有效的核验码。");
  }

  @Test
  void theFormExplainsTheCheckAndSendsAWellFormedCodeToItsOwnAddress() {
    BrowserSession anyone = new BrowserSession(port());

    HttpResponse<String> form = anyone.get("/verification-codes?lang=en");
    HttpResponse<String> formZh = anyone.get("/verification-codes?lang=zh");
    HttpResponse<String> sent = anyone.get("/verification-codes?code=%20AAAAAAAAAAAAAAAAAAAAAA%20");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<h1>Check a verification code</h1>", "<form method=\"get\"",
        "action=\"/verification-codes\"", "<label for=\"code\">Verification code</label>", "name=\"code\"",
        "It shows nothing about the holder.").doesNotContain("check-answer").doesNotContain("_csrf");
    assertThat(formZh.body()).contains("<h1>查验核验码</h1>", "不显示持证人的任何信息");
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith(PAGE + "AAAAAAAAAAAAAAAAAAAAAA"));
    assertThat(anyone.get("/").body()).as("the home page leads to it").contains("href=\"/verification-codes\"");
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
