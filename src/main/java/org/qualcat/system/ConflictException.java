package org.qualcat.system;

/** The request is valid but collides with the current state (a duplicate, a published edition): answered 409. */
public class ConflictException extends RuntimeException {

  private final String code;
  private final transient Object[] arguments;

  public ConflictException(String message) {
    this(message, null);
  }

  /** With a message key (and its arguments) for pages that speak the reader's language; {@code message} is English. */
  public ConflictException(String message, String code, Object... arguments) {
    super(message);
    this.code = code;
    this.arguments = arguments.clone();
  }

  /** The message key, or {@code null}. */
  public String getCode() {
    return code;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
