package org.qualcat.system;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * Problems a service or bean validation found, put beside the fields of the page's form that was sent, so that the
 * page says each in the reader's language (a message key with the service's English as its default).
 */
public final class FormErrors {

  private FormErrors() {
  }

  /** Every problem of a refused input beside its field; {@code uncoded} is the key of problems that have none. */
  public static void reject(BindingResult binding, InvalidInputException refused, String uncoded) {
    for (InvalidInputException.FieldError error : refused.getErrors()) {
      binding.rejectValue(error.field(), error.code() == null ? uncoded : error.code(),
          error.arguments().toArray(), error.message());
    }
  }

  /**
   * Bean-validation problems beside their fields, each with the key {@code prefix + field}, or
   * {@code prefix + constraint} for a constraint named in {@code ownSentence} (e.g. {@code PlainText}).
   */
  public static void reject(BindingResult binding, Set<? extends ConstraintViolation<?>> violations, String prefix,
      Set<String> ownSentence) {
    for (ConstraintViolation<?> violation : violations) {
      String field = violation.getPropertyPath().toString();
      String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      binding.rejectValue(field, prefix + (ownSentence.contains(constraint) ? constraint : field), null,
          violation.getMessage());
    }
  }

  /** A date typed into a form: empty is none; anything not a date (YYYY-MM-DD) is refused beside its field. */
  public static LocalDate date(BindingResult binding, String field, String value, String code) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      binding.rejectValue(field, code, null, "must be a date (YYYY-MM-DD)");
      return null;
    }
  }
}
