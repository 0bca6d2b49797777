package org.qualcat.support;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements H2 ran while some work ran (its {@code QUERY_STATISTICS}), for tests of what a use case asks the
 * database. H2 only: MySQL and MariaDB keep no such table, and a test that uses it is skipped there.
 */
public final class H2Statements {

  /** A statement H2 ran, as it was prepared (parameters as {@code ?}), and how often. */
  public record Run(String sql, long executions) {
  }

  /** What the work returned, and the statements it ran that matched. */
  public record Counted<T>(T result, List<Run> statements) {

    public List<String> sql() {
      return statements.stream().map(Run::sql).toList();
    }

    public long executions() {
      return statements.stream().mapToLong(Run::executions).sum();
    }
  }

  private H2Statements() {
  }

  /**
   * Runs {@code work} with H2's statement statistics on and returns the statements whose lower-cased text is
   * {@code like} the pattern; skips the test ({@code why} says what needs H2) on any other database.
   */
  public static <T> Counted<T> during(JdbcTemplate jdbc, String why, String like, Supplier<T> work) {
    assumeThat(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()))
        .as(why).isEqualTo("H2");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    try {
      T result = work.get();
      return new Counted<>(result, jdbc.query("select sql_statement, execution_count from "
          + "information_schema.query_statistics where lower(sql_statement) like ?",
          (row, i) -> new Run(row.getString(1), row.getLong(2)), like));
    } finally {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
  }
}
