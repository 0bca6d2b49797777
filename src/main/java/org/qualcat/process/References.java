package org.qualcat.process;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human-readable references that number each kind of business object per year: {@code NOM-2026-0001}. The counter
 * row is locked until the caller's transaction ends, so references are gap-free and unique across nodes; a rolled
 * back request gives its number back.
 */
@Component
public class References {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  References(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The next reference of a kind, e.g. {@code next("NOM", 4)} gives {@code NOM-2026-0001}. */
  @Transactional
  public String next(String prefix, int digits) {
    int year = BureauTime.today(clock).getYear(); // Beijing's calendar decides the year
    return format(prefix, year, increment(prefix, year), digits);
  }

  /** {@code format("NOM", 2026, 1, 4)} is {@code NOM-2026-0001}; a number longer than the digits keeps them all. */
  public static String format(String prefix, int year, long value, int digits) {
    return String.format("%s-%d-%0" + digits + "d", prefix, year, value);
  }

  private long increment(String prefix, int year) {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (jdbc.update("update reference_counter set last_value = last_value + 1 where prefix = ? and year_ = ?",
          prefix, year) == 1) {
        return jdbc.queryForObject("select last_value from reference_counter where prefix = ? and year_ = ?",
            Long.class, prefix, year);
      }
      try {
        jdbc.update("insert into reference_counter (prefix, year_, last_value) values (?, ?, 1)", prefix, year);
        return 1;
      } catch (DuplicateKeyException e) {
        // another node opened this year's counter first: count on it
      }
    }
    throw new IllegalStateException("could not number a " + prefix + " reference");
  }
}
