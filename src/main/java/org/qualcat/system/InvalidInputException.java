package org.qualcat.system;

import java.util.List;

/**
 * Input that breaks a business rule the request format cannot express; answered 400 with the fields named,
 * like a bean-validation failure.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  /**
   * What is wrong with one field. {@code message} is the English the API answers; {@code code} and {@code arguments},
   * when given, let a page say it in the reader's language (a message key, with {@code message} as its default).
   */
  public record FieldError(String field, String message, String code, List<Object> arguments) {

    public FieldError {
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldError(String field, String message) {
      this(field, message, null, List.of());
    }

    public static FieldError coded(String field, String code, String message, Object... arguments) {
      return new FieldError(field, message, code, List.of(arguments));
    }
  }
}
