package org.qualcat.verification;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case references {@code BJV-<year>-<number>}, numbered per year from 1, through a counter row per year
 * (table {@code verification_counter}). The row is updated in the submitting transaction: concurrent submissions
 * wait for each other on it, and a submission that rolls back gives its number back.
 */
@Component
class CaseReferences {

  static final String PREFIX = "BJV-";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CaseReferences(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  String next() {
    int year = BureauTime.today(clock).getYear();
    String series = PREFIX + year;
    return format(year, increment(series));
  }

  static String format(int year, long number) {
    return String.format("%s%d-%06d", PREFIX, year, number);
  }

  private long increment(String series) {
    if (jdbc.update("update verification_counter set last_value = last_value + 1 where name = ?", series) == 0) {
      try {
        jdbc.update("insert into verification_counter (name, last_value) values (?, 1)", series);
        return 1;
      } catch (DuplicateKeyException e) {
        // another submission opened the year's series at the same moment
        jdbc.update("update verification_counter set last_value = last_value + 1 where name = ?", series);
      }
    }
    Long value = jdbc.queryForObject("select last_value from verification_counter where name = ?", Long.class,
        series);
    return value == null ? 1 : value;
  }
}
