package org.qualcat.system;

/** The request is valid but collides with the current state (a duplicate, a published edition): answered 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
