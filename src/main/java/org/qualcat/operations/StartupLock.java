package org.qualcat.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One node at a time sets up a shared database (docs/adr/0023). On MySQL/MariaDB, the first thing a node does with
 * its database is to take a named lock of the database server ({@code GET_LOCK}); it keeps it while Flyway migrates,
 * the engine creates or updates its tables and deploys the models, and the start-up runners add users, grants and
 * Tasklist filters (each of which looks first and then inserts), and gives it back when it is ready. A second node
 * started at the same moment waits for it there, then finds everything in place. The lock belongs to the
 * connection: a node killed while starting gives it back with its connection.
 *
 * <p>Embedded H2 is a file one process opens, so there is nothing to share and nothing is locked.
 */
@Component
final class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {

  /** The lock's name, with the database's: a server holds the locks of all its databases in one namespace. */
  static final String PREFIX = "qualcat_startup.";
  /** The longest name {@code GET_LOCK} takes. */
  private static final int LONGEST_NAME = 64;

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  private final Duration timeout;
  private Connection held;
  private String heldName;

  StartupLock(Environment environment) {
    this.timeout = environment.getProperty("qualcat.startup.lock-timeout", Duration.class, Duration.ofMinutes(10));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && "dataSource".equals(beanName) && held == null) {
      take(dataSource);
    }
    return bean;
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent
        || event instanceof ContextClosedEvent) {
      release();
    }
  }

  /** Whether this node holds the lock now (between its first use of the database and being ready). */
  synchronized boolean isHeld() {
    return held != null;
  }

  private synchronized void take(DataSource dataSource) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (!product.contains("mysql") && !product.contains("mariadb")) {
        connection.close();
        return;
      }
      Instant asked = Instant.now();
      String name = name(connection.getCatalog());
      try (PreparedStatement get = connection.prepareStatement("select get_lock(?, ?)")) {
        get.setString(1, name);
        get.setLong(2, Math.max(1, timeout.toSeconds()));
        try (ResultSet result = get.executeQuery()) {
          if (!result.next() || result.getInt(1) != 1) {
            throw new IllegalStateException("Another Qualcat node has been setting up this database for more than "
                + timeout.toSeconds() + " s (lock " + name + "); stop it or raise qualcat.startup.lock-timeout");
          }
        }
      }
      Duration waited = Duration.between(asked, Instant.now());
      if (waited.toMillis() >= 1000) {
        log.info("Waited {} s for another node to finish setting up the database", waited.toSeconds());
      }
      held = connection;
      heldName = name;
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("Could not take the start-up lock of the database", e);
    } catch (RuntimeException e) {
      close(connection);
      throw e;
    }
  }

  private synchronized void release() {
    if (held == null) {
      return;
    }
    try (PreparedStatement release = held.prepareStatement("select release_lock(?)")) {
      release.setString(1, heldName);
      release.execute();
    } catch (SQLException e) {
      log.warn("Could not give back the start-up lock; closing its connection gives it back: {}", e.getMessage());
    } finally {
      close(held);
      held = null;
    }
  }

  /** The lock of the database {@code database} on its server. */
  static String name(String database) {
    String name = PREFIX + (database == null ? "" : database);
    return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME);
  }

  private static void close(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("Closing the start-up lock's connection: {}", e.getMessage());
    }
  }
}
