package org.qualcat.title;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.qualcat.process.Refusal;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PlainText;

/**
 * An application for a professional title as the holder or the employer's HR staff make it (the JSON body of
 * {@code POST /api/title-applications}, and the portal's form). It rests on a verified result, named by its code
 * (ADR 0028 decision 2): no second verification.
 */
@Schema(description = "An application for a Beijing professional title on a verified result (notice II)")
public record NewTitleApplication(
    @Schema(description = "The verification code of a VERIFIED result of yours (HR staff: of your organisation)",
        example = "q3Zt9VbX1mKcR4pLw8YhJA") String verificationCode,
    @Schema(description = TitleRank.MEANINGS, example = "INTERMEDIATE") TitleRank level,
    @Schema(description = "The professional series (profession); the catalog's series when it names one, and "
        + "then it may be left out", example = "Economics (finance)") String series,
    @Schema(description = "The employer's statement of support: required for a title above the level the catalog "
        + "maps the qualification to (the evaluation committee decides), which only the employer's HR staff apply "
        + "for; ignored otherwise", example = "Head of risk since 2021; the bank supports her application.")
    String employerSupport) {

  static final int MAX_SERIES = 120;
  static final int MAX_SUPPORT = 2000;

  /** The fields checked on their own (what the catalog and the result say comes after); problems added. */
  NewTitleApplication checked(List<FieldError> errors) {
    String code = verificationCode == null ? "" : verificationCode.strip();
    if (code.isEmpty()) {
      errors.add(Refusal.NOT_BLANK.error("verificationCode", "must be given"));
    }
    if (level == null) {
      errors.add(Refusal.NOT_BLANK.error("level", "must be given: " + TitleRank.MEANINGS));
    }
    return new NewTitleApplication(code, level, text(series, "series", MAX_SERIES, false, errors),
        text(employerSupport, "employerSupport", MAX_SUPPORT, true, errors));
  }

  /**
   * A text field checked: stripped, at most {@code max} characters, plain text; blank is none. Problems are added to
   * {@code errors} (the field named), the value then none.
   */
  static String text(String value, String field, int max, boolean multiline, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      errors.add(Refusal.SIZE.error(field, "must be at most " + max + " characters", max));
      return null;
    }
    String problem = PlainText.Rules.problem(text, multiline);
    if (problem != null) {
      errors.add(Refusal.PLAIN_TEXT.error(field, problem));
      return null;
    }
    return text;
  }
}
