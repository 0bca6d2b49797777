package org.qualcat.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets idempotency keys every hour: those used longer ago than {@code keptFor}, and those whose first request has
 * had no answer for a quarter of an hour (the application stopped while it ran), so that their clients may retry.
 */
public class IdempotencyKeyExpiry {

  private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

  private final IdempotencyFilter filter;
  private final Clock clock;
  private final Duration keptFor;

  IdempotencyKeyExpiry(IdempotencyFilter filter, Clock clock, Duration keptFor) {
    this.filter = filter;
    this.clock = clock;
    this.keptFor = keptFor;
  }

  @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
  public int run() {
    Instant now = clock.instant();
    int forgotten = filter.forget(now.minus(keptFor), now.minus(ABANDONED_AFTER));
    if (forgotten > 0) {
      LOG.info("Forgot {} idempotency keys", forgotten);
    }
    return forgotten;
  }
}
