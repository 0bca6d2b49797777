package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_ISSUER_CONTACT_EMAIL;

import java.util.regex.Pattern;
import org.qualcat.process.Refusal;

/**
 * Where the issuer's rectification notices go, as a monitor enters it on a review's form: a mail address of at most
 * 254 characters, stripped. Refused inputs name the form's field.
 */
record IssuerContact(String email) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  IssuerContact {
    email = email == null ? "" : email.strip();
    if (email.isEmpty()) {
      throw Refusal.NOTICE_ADDRESS.invalid(FIELD_ISSUER_CONTACT_EMAIL,
          "is required, as the rectification notice goes to the issuing body");
    }
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      throw Refusal.MAIL_ADDRESS.invalid(FIELD_ISSUER_CONTACT_EMAIL, "must be a mail address");
    }
  }

  /** The address entered; null when none was and none is {@code required}. */
  static String entered(String email, boolean required) {
    if (!required && (email == null || email.isBlank())) {
      return null;
    }
    return new IssuerContact(email).email();
  }
}
