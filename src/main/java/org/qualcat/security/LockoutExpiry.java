package org.qualcat.security;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lifts the identity service's lock for good. After {@code loginMaxAttempts} failed sign-ins (10) Camunda locks a
 * user until an administrator unlocks them, so anyone who knows a user name could shut its owner out for good. Here
 * such a lock lasts {@code qualcat.security.lockout-lasts} (30 minutes) from the last failure's delay and is then
 * lifted, announced as {@link AccountUnlocked} (the audit trail records it). Guessing stays slow: ten guesses, then the lockout.
 *
 * <p>Lock times are the engine's ({@link ClockUtil}), which wrote them.
 */
@Component
public class LockoutExpiry {

  private static final Logger LOG = LoggerFactory.getLogger(LockoutExpiry.class);

  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final int maxAttempts;
  private final Duration lockoutLasts;

  LockoutExpiry(IdentityService identity, JdbcTemplate jdbc, TransactionTemplate transaction,
      ApplicationEventPublisher events,
      ProcessEngineConfigurationImpl engine, @Value("${qualcat.security.lockout-lasts:PT30M}") Duration lockoutLasts) {
    this.identity = identity;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.events = events;
    this.maxAttempts = engine.getLoginMaxAttempts();
    this.lockoutLasts = lockoutLasts;
  }

  /** Unlocks every user locked for good whose lockout has lasted long enough; answers who. */
  @Scheduled(fixedDelayString = "${qualcat.security.lockout-check-every:PT1M}", initialDelay = 60_000)
  public List<String> run() {
    Date lockedBefore = new Date(ClockUtil.getCurrentTime().getTime() - lockoutLasts.toMillis());
    List<String> users = jdbc.queryForList(
        "select ID_ from ACT_ID_USER where ATTEMPTS_ >= ? and LOCK_EXP_TIME_ < ?", String.class, maxAttempts,
        lockedBefore);
    for (String user : users) {
      transaction.executeWithoutResult(status -> {
        identity.unlockUser(user);
        events.publishEvent(new AccountUnlocked(user,
            "locked after " + maxAttempts + " failed sign-ins; unlocked after " + lockoutLasts.toMinutes()
                + " minutes"));
      });
    }
    if (!users.isEmpty()) {
      LOG.info("Lifted the sign-in lockout of {} users", users.size());
    }
    return users;
  }
}
