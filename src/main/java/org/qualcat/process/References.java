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
 * run side by side (ADR 0018). The counter is moved on and committed by one statement ({@link Dialect}): the row is
 * locked only while the database runs it, never while this JVM is between two statements (a thread that holds a
 * lock can wait hundreds of milliseconds for a core when many requests share two cores). The price is a gap when
 * the asking transaction rolls back after taking its number; a reference is an identifier people quote, not a
 * count. Taking a number never fails because another request took one at the same moment: a clash on a new year's
 * counter row, a deadlock or a lock timeout is tried again.
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
  /** Found on the first connection: the database does not change while the application runs. */
  private volatile Dialect dialect;

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
    // each statement is its own transaction: the update that takes a number commits as it ends
    pool.setAutoCommit(true);
    return pool;
  }

  /** How a counter row is moved on by one and read back, in one statement that commits as it ends. */
  enum Dialect {
    /** H2: the update's new row read through a data change delta table. */
    H2("select last_value from final table (update reference_counter set last_value = last_value + 1"
        + " where prefix = ? and year_ = ?)", null),
    /** MySQL and MariaDB: the new value kept as the connection's LAST_INSERT_ID, read after the update committed. */
    MYSQL("update reference_counter set last_value = last_insert_id(last_value + 1) where prefix = ? and year_ = ?",
        "select last_insert_id()");

    private final String increment;
    private final String readBack;

    Dialect(String increment, String readBack) {
      this.increment = increment;
      this.readBack = readBack;
    }

    static Dialect of(String databaseProductName) {
      return switch (databaseProductName) {
        case "H2" -> H2;
        case "MySQL", "MariaDB" -> MYSQL;
        default -> throw new IllegalStateException("Qualcat runs on H2, MySQL or MariaDB, not " + databaseProductName);
      };
    }

    /** The counter's next value, committed; 0 when the counter has no row yet. */
    long increment(Connection connection, String prefix, int year) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(increment)) {
        statement.setString(1, prefix);
        statement.setInt(2, year);
        if (readBack == null) {
          try (ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
          }
        }
        if (statement.executeUpdate() == 0) {
          return 0;
        }
      }
      try (PreparedStatement statement = connection.prepareStatement(readBack);
          ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
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
      try (Connection connection = connect()) {
        try {
          return increment(connection, prefix, year);
        } catch (SQLException e) {
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

  /** A connection of the reference pool: each statement on it commits as it ends. */
  Connection connect() throws SQLException {
    return pool.getConnection();
  }

  /** The year's next number of a kind on {@code connection}, committed by the statement that takes it. */
  long increment(Connection connection, String prefix, int year) throws SQLException {
    Dialect dialect = this.dialect;
    if (dialect == null) {
      dialect = Dialect.of(connection.getMetaData().getDatabaseProductName());
      this.dialect = dialect;
    }
    long value = dialect.increment(connection, prefix, year);
    if (value > 0) {
      return value;
    }
    // the year's first number of this kind; a node that inserts at the same moment makes this a duplicate key, and
    // the next attempt counts on its row
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into reference_counter (prefix, year_, last_value) values (?, ?, 1)")) {
      insert.setString(1, prefix);
      insert.setInt(2, year);
      insert.executeUpdate();
      return 1;
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
