package org.qualcat.system;

import java.io.IOException;

/** A request body passed its limit while it was read; answered 413 (see {@link RequestBodyLimit}). */
class BodyTooLargeException extends IOException {

  private final long limit;

  BodyTooLargeException(long limit) {
    super("request body larger than " + limit + " bytes");
    this.limit = limit;
  }

  long limit() {
    return limit;
  }
}
