package org.qualcat.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU time spent serving a load, for the capacity model (docs/operations.md): the application's share is this JVM's
 * CPU minus the benchmark's own client threads (and their HTTP clients' selector threads); the database's share is
 * the CPU of a MariaDB/MySQL server process on the same machine, read from /proc (none on H2, whose work is inside
 * the application's share). On MariaDB/MySQL also the statements the server was sent (its {@code Questions}
 * counter): unlike CPU time, a count that does not depend on how fast the host is that hour.
 */
final class CpuClock {

  /** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final Path DATABASE = databaseProcess();

  /**
   * CPU nanoseconds used so far: the application's (clients excluded) and the database server's (or -1); the
   * statements the database server has been sent (or -1).
   */
  record Reading(long application, long database, long statements) {

    Reading since(Reading start) {
      return new Reading(application - start.application, database < 0 ? -1 : database - start.database,
          statements < 0 || start.statements < 0 ? -1 : statements - start.statements);
    }
  }

  /** Where the server's statement counter is read; null: not counted (H2). */
  private static volatile DataSource counted;

  private CpuClock() {
  }

  static Reading read() {
    return new Reading(OS.getProcessCpuTime() - clientThreads(), databaseCpu(), statements());
  }

  /**
   * Counts the statements of a MariaDB or MySQL server from now on, through {@code dataSource} (each reading is
   * itself one statement: two per figure, next to hundreds of requests). H2 has no such counter.
   */
  static void countStatementsOf(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      counted = product.contains("MySQL") || product.contains("MariaDB") ? dataSource : null;
    }
  }

  private static long statements() {
    DataSource dataSource = counted;
    if (dataSource == null) {
      return -1;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet status = statement.executeQuery("show global status like 'Questions'")) {
      return status.next() ? status.getLong(2) : -1;
    } catch (SQLException e) {
      return -1;
    }
  }

  /** CPU of the benchmark's client side in this JVM: its client threads and the HTTP clients' own threads. */
  private static long clientThreads() {
    Map<Long, String> names = new HashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null) {
        names.put(info.getThreadId(), info.getThreadName());
      }
    }
    long total = 0;
    for (Map.Entry<Long, String> thread : names.entrySet()) {
      String name = thread.getValue();
      if (name.startsWith("HttpClient-")) { // live for all runs; client threads are counted when they end
        total += Math.max(0, THREADS.getThreadCpuTime(thread.getKey()));
      }
    }
    return total + finishedClients;
  }

  /** Client threads end with their run: their CPU is added here before they go. */
  private static volatile long finishedClients;

  static synchronized void clientThreadEnds() {
    finishedClients += Math.max(0, THREADS.getCurrentThreadCpuTime());
  }

  private static long databaseCpu() {
    if (DATABASE == null) {
      return -1;
    }
    try {
      String stat = Files.readString(DATABASE);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command: state(0) ... utime is field 14 of the line, stime 15 (11 and 12 here)
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static Path databaseProcess() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(p -> {
            try {
              String command = Files.readString(p.resolve("comm")).trim();
              return command.equals("mariadbd") || command.equals("mysqld");
            } catch (IOException e) {
              return false;
            }
          })
          .map(p -> p.resolve("stat")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
