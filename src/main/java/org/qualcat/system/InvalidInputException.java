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

  public record FieldError(String field, String message) {
  }
}
