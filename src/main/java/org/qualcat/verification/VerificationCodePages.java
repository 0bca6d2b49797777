package org.qualcat.verification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page that checks a verification code, in English and Chinese, for anyone (no sign-in, no session): the
 * address printed on every result, in its QR code and in the result mail. It shows exactly what the code-check API
 * answers ({@link VerificationQueries#check}) and never anything about the holder. An unknown or malformed code is
 * simply "not a valid verification code" (200, the same page).
 */
@Controller
class VerificationCodePages {

  static final String TEMPLATE = "verification/code-check";
  /** The longest text the form shows back to whoever typed it. */
  static final int LONGEST_ECHO = 64;

  private final VerificationQueries queries;

  VerificationCodePages(VerificationQueries queries) {
    this.queries = queries;
  }

  /** The form; with {@code ?code=}, a well-formed code goes to its own address (which keeps the language switch). */
  @GetMapping("/verification-codes")
  String form(@RequestParam(required = false) String code, Model model) {
    if (code == null || code.isBlank()) {
      return TEMPLATE;
    }
    String typed = code.strip();
    if (VerificationCodes.isWellFormed(typed)) {
      return "redirect:" + VerificationCodeApi.PAGE + typed;
    }
    return answer(typed, model);
  }

  @GetMapping(VerificationCodeApi.PAGE + "{code}")
  String check(@PathVariable String code, Model model) {
    return answer(code, model);
  }

  private String answer(String code, Model model) {
    model.addAttribute("check", queries.check(code));
    model.addAttribute("typed", code.length() <= LONGEST_ECHO ? code : null);
    return TEMPLATE;
  }
}
