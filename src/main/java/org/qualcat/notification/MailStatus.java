package org.qualcat.notification;

public enum MailStatus {
  /** Waiting to be sent (first try, or a retry when its time comes). */
  PENDING,
  /** Claimed by a node that is sending it now. */
  SENDING,
  SENT,
  /** Given up after the configured number of attempts; an operator looks at it. */
  FAILED
}
