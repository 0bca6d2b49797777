package org.qualcat.system;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed: valid Unicode, without control characters (a multi-line text may hold line breaks and tabs)
 * and without the invisible controls that reverse the direction of the text around them, which make a stored value
 * read differently from what it is. Markup, quotes and SQL are plain text too: they are stored as given and escaped
 * wherever they are shown. {@code null} is valid (presence is for {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

  /** Whether line breaks and tabs are allowed. */
  boolean multiline() default false;

  String message() default "must be plain text";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself, also for text that does not come through bean validation (catalog files, forms). */
  final class Rules {

    private Rules() {
    }

    /** What is wrong with {@code text}, or {@code null} when it is fine. */
    public static String problem(CharSequence text, boolean multiline) {
      if (text == null) {
        return null;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return "must be valid Unicode text";
        } else if (isDirectionControl(c)) {
          return "must not contain invisible text-direction controls";
        } else if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
          continue;
        } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
          return multiline ? "must not contain control characters (line breaks and tabs are fine)"
              : "must be one line without control characters";
        }
      }
      return null;
    }

    /** Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069); the plain marks LRM and RLM are fine. */
    private static boolean isDirectionControl(char c) {
      return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
  }

  class Validator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
      this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      String problem = Rules.problem(value, multiline);
      if (problem == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
      return false;
    }
  }
}
