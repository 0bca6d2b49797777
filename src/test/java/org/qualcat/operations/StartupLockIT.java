package org.qualcat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A started node no longer holds the start-up lock (docs/adr/0023): held past start-up, it would keep every other
 * node from starting. {@code TwoNodesRestartIT} shows two nodes started at the same moment on MariaDB.
 */
class StartupLockIT extends IntegrationTest {

  @Autowired
  StartupLock lock;
  @Autowired
  DataSource dataSource;

  @Test
  void aReadyNodeHasGivenTheLockBack() {
    assertThat(lock.isHeld()).isFalse();
    if (TestProfiles.onMysql()) {
      JdbcTemplate sql = new JdbcTemplate(dataSource);
      String name = StartupLock.name(sql.queryForObject("select database()", String.class));
      assertThat(sql.queryForObject("select is_free_lock(?)", Integer.class, name)).as(name + " is free").isOne();
      assertThat(sql.queryForObject("select get_lock(?, 0)", Integer.class, name)).as("another node may take it")
          .isOne();
      sql.queryForObject("select release_lock(?)", Integer.class, name);
    }
  }
}
