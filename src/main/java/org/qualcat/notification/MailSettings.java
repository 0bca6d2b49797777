package org.qualcat.notification;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qualcat.mail.*}: the sender address, where mails go without SMTP settings, and how failed deliveries are
 * retried (the first retry after {@code firstRetryAfter}, each later one after twice the wait before).
 * {@code sendingLease} is how long a node's claim on a mail lasts: longer than any delivery takes (the SMTP timeouts),
 * so that a mail left SENDING by a node that died is sent by another once it has run out.
 */
@ConfigurationProperties(prefix = "qualcat.mail")
public record MailSettings(String from, Path outboxDir, int maxAttempts, Duration firstRetryAfter,
    Duration sweepInterval, Duration sendingLease) {

  /** When to try again after {@code attempts} failed deliveries. */
  Duration retryAfter(int attempts) {
    return firstRetryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
  }
}
