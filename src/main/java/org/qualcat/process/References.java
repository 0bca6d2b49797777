package org.qualcat.process;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Human-readable references that number each kind of business object per year: {@code NOM-2026-0001}.
 *
 * <p>A number is taken in a transaction of its own, on connections of its own, and committed at once: the counter
 * row is locked for a millisecond, not for the submission that asked for the number, so submissions on every node
 * run side by side (ADR 0018). The price is a gap when the asking transaction rolls back after taking its number; a
 * reference is an identifier people quote, not a count. Taking a number never fails because another request took
 * one at the same moment: a clash on a new year's counter row, a deadlock or a lock timeout is tried again.
 *
 * <p>The connections come from a small pool of their own (never the application's): a request that holds one of
 * the application's connections for its transaction must not wait for a second one from the same pool, or a full
 * pool would wait on itself.
 */
@Component
public class References implements DisposableBean {

  /** Connections of the reference pool: each holds its counter row for a millisecond. */
  static final int POOL_SIZE = 2;
  /** Clashes tried again before a number is given up (each is a few milliseconds). */
  static final int ATTEMPTS = 10;

  private final HikariDataSource pool;
  private final SQLExceptionTranslator translator;
  private final Clock clock;

  References(DataSourceProperties database, Clock clock) {
    this.pool = pool(database);
    this.translator = new SQLErrorCodeSQLExceptionTranslator(pool);
    this.clock = clock;
  }

  private static HikariDataSource pool(DataSourceProperties database) {
    HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("qualcat-references");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(0);
    // Camunda's isolation, on MySQL and MariaDB as on H2: a missing row is not gap-locked against the insert
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    pool.setAutoCommit(false);
    return pool;
  }

  /** The next reference of a kind, e.g. {@code next("NOM", 4)} gives {@code NOM-2026-0001}. */
  public String next(String prefix, int digits) {
    int year = BureauTime.today(clock).getYear(); // Beijing's calendar decides the year
    return format(prefix, year, take(prefix, year), digits);
  }

  /** {@code format("NOM", 2026, 1, 4)} is {@code NOM-2026-0001}; a number longer than the digits keeps them all. */
  public static String format(String prefix, int year, long value, int digits) {
    return String.format("%s-%d-%0" + digits + "d", prefix, year, value);
  }

  /** Takes the year's next number of a kind, committed before it is returned. */
  long take(String prefix, int year) {
    DataAccessException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try (Connection connection = pool.getConnection()) {
        try {
          long value = increment(connection, prefix, year);
          connection.commit();
          return value;
        } catch (SQLException e) {
          connection.rollback();
          last = translate(e);
          if (!(last instanceof DuplicateKeyException || last instanceof TransientDataAccessException)) {
            throw last;
          }
        }
      } catch (SQLException e) {
        throw translate(e);
      }
    }
    throw last;
  }

  private static long increment(Connection connection, String prefix, int year) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "update reference_counter set last_value = last_value + 1 where prefix = ? and year_ = ?")) {
      update.setString(1, prefix);
      update.setInt(2, year);
      if (update.executeUpdate() == 0) {
        // the year's first number of this kind; a node that inserts at the same moment makes this a duplicate key,
        // and the next attempt counts on its row
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into reference_counter (prefix, year_, last_value) values (?, ?, 1)")) {
          insert.setString(1, prefix);
          insert.setInt(2, year);
          insert.executeUpdate();
          return 1;
        }
      }
    }
    try (PreparedStatement select = connection.prepareStatement(
        "select last_value from reference_counter where prefix = ? and year_ = ?")) {
      select.setString(1, prefix);
      select.setInt(2, year);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private DataAccessException translate(SQLException e) {
    DataAccessException translated = translator.translate("take a reference number", null, e);
    return translated != null ? translated : new UncategorizedSQLException("take a reference number", null, e);
  }

  @Override
  public void destroy() {
    pool.close();
  }
}
