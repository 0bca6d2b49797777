package org.qualcat.verification;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Verification codes: the code a verified result carries, which anyone may check on the public page. Codes are 22
 * URL-safe base64 characters (128 random bits); a case that adopted an earlier result shows that result's code.
 */
@Component
class VerificationCodes {

  /** What a well-formed code looks like (anything else is not a code, without a lookup). */
  static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final int CODE_BYTES = 16;

  private final VerificationCaseRepository cases;
  private final SecureRandom random = new SecureRandom();

  VerificationCodes(VerificationCaseRepository cases) {
    this.cases = cases;
  }

  /** A new code, for a result verified now. */
  String issue() {
    byte[] bytes = new byte[CODE_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The verification code a holder shows: the case's own, or that of the earlier case whose result it adopted. */
  String of(VerificationCase c) {
    if (c.getVerificationCode() != null || c.getReusedFrom() == null) {
      return c.getVerificationCode();
    }
    return cases.findByReference(c.getReusedFrom()).map(VerificationCase::getVerificationCode).orElse(null);
  }

  static boolean isWellFormed(String code) {
    return code != null && FORMAT.matcher(code).matches();
  }
}
