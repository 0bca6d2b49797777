package org.qualcat.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualcat.process.Refusal;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PlainText;

/**
 * The rules of a case's fields that the applicant's input (a new case, a supplement) and the verifiers' forms share.
 * Each check adds its problem to {@code errors} under the field's name, never repeating the value, so that every
 * problem of a submission is reported at once.
 */
final class CaseFields {

  /** The longest note, request or reason a person writes on a case. */
  static final int MAX_TEXT = 2000;
  static final LocalDate EARLIEST_ISSUE_DATE = LocalDate.of(1900, 1, 1);
  static final int MAX_CERTIFICATE_NUMBER = 64;

  private CaseFields() {
  }

  /** A certificate's issue date: not after {@code today}, not before {@link #EARLIEST_ISSUE_DATE}. */
  static void checkIssueDate(LocalDate issuedOn, LocalDate today, String field, List<FieldError> errors) {
    if (issuedOn.isAfter(today)) {
      errors.add(FieldError.coded(field, "validation.future", "must not be in the future"));
    } else if (issuedOn.isBefore(EARLIEST_ISSUE_DATE)) {
      errors.add(FieldError.coded(field, "validation.tooEarly", "must be after " + EARLIEST_ISSUE_DATE,
          EARLIEST_ISSUE_DATE));
    }
  }

  /** A corrected certificate number, normalised; its problem is added under {@code certificateNumber}. */
  static String certificateNumber(String value, List<FieldError> errors) {
    String number = normaliseCertificateNumber(value);
    if (number.length() > MAX_CERTIFICATE_NUMBER || !number.matches("[A-Z0-9][A-Z0-9 ./-]*")) {
      errors.add(FieldError.coded("certificateNumber", "validation.Pattern",
          "must be up to 64 letters, digits, spaces, dots, slashes or dashes, starting with a letter or digit"));
    }
    return number;
  }

  /** Certificate numbers compare without regard to case and repeated spaces. */
  static String normaliseCertificateNumber(String value) {
    return collapse(value).toUpperCase(Locale.ROOT);
  }

  /** Without leading, trailing and repeated blanks. */
  static String collapse(String value) {
    return value.strip().replaceAll("\\s+", " ");
  }

  /** Leading and trailing blanks are not part of any field. */
  static String strip(String value) {
    return value == null ? null : value.strip();
  }

  /**
   * Text a person wrote (a note, a request, a reason): stripped, plain text, at most {@link #MAX_TEXT} characters;
   * null when blank (a problem when {@code required}).
   */
  static String text(String value, String field, boolean required, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(Refusal.NOT_BLANK.error(field, "must be given"));
      }
      return null;
    }
    String text = value.strip();
    String problem = PlainText.Rules.problem(text, true);
    if (text.length() > MAX_TEXT) {
      errors.add(Refusal.SIZE.error(field, "must be at most " + MAX_TEXT + " characters", MAX_TEXT));
    } else if (problem != null) {
      errors.add(Refusal.PLAIN_TEXT.error(field, problem));
    }
    return text;
  }

  /** {@link #text} alone: the one field of a verifier's form, its problem thrown at once. */
  static String requiredText(String value, String field) {
    List<FieldError> errors = new ArrayList<>();
    String text = text(value, field, true, errors);
    throwIfAny(errors);
    return text;
  }

  /** Every problem found, at once (400). */
  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
