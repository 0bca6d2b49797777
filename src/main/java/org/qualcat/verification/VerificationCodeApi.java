package org.qualcat.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualcat.system.AnswersEveryPath;
import org.qualcat.system.PublicAddress;
import org.qualcat.verification.CaseViews.CodeCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public check of a verification code: anyone may ask; the answer never names the holder. */
@RestController
@Tag(name = "Verification codes", description = "Check a verification code (anonymous)")
class VerificationCodeApi {

  /** The public page that checks a code, in both languages: {@code /verification-codes/{code}}. */
  static final String PAGE = "/verification-codes/";

  /** The full address of the page that checks {@code code} (null without a code): what results and mails name. */
  static String pageOf(PublicAddress site, String code) {
    return code == null ? null : site.of(PAGE + code);
  }

  private final VerificationQueries queries;

  VerificationCodeApi(VerificationQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/verification-codes/{code}")
  @Operation(summary = "Whether a verification code is authentic, for which qualification and since when")
  @ApiResponse(responseCode = "200", description = "The check: authentic or not (an unknown code is simply not "
      + "authentic, never 404), the qualification and issue date, whether it has left the catalog since; nothing "
      + "about the holder")
  @AnswersEveryPath
  CodeCheck check(@Parameter(description = "The verification code on the result", example = "mB7xK2pQv9RfT4nLs8WcYA")
      @PathVariable String code) {
    return queries.check(code);
  }
}
