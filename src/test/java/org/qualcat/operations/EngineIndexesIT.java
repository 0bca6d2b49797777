package org.qualcat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completing a task looks for its sub-tasks by an index, not by reading every open task (docs/adr/0025): the query
 * the engine runs on every completion ({@code TaskManager.deleteTask}) can use {@code QC_IDX_TASK_PARENT}.
 */
class EngineIndexesIT extends IntegrationTest {

  /** The engine's statement {@code selectTasksByParentTaskId} (mapping/entity/Task.xml), with a value. */
  private static final String SUB_TASKS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'some-task-id'";

  @Autowired
  DataSource dataSource;

  @Test
  void aCompletionFindsTheTasksSubTasksByAnIndex() {
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    if (TestProfiles.onMysql()) {
      List<Map<String, Object>> plan = sql.queryForList("explain " + SUB_TASKS);
      assertThat(plan).hasSize(1);
      assertThat(String.valueOf(plan.get(0).get("possible_keys"))).as("MariaDB's plan: " + plan)
          .contains(EngineIndexes.INDEXES.get(0).name());
    } else {
      String plan = sql.queryForObject("explain " + SUB_TASKS, String.class);
      assertThat(plan).as("H2's plan").contains(EngineIndexes.INDEXES.get(0).name());
    }
  }

  @Test
  void theIndexIsAddedOnceAndFoundAgainOnTheNextStart() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.indexed(connection, EngineIndexes.INDEXES.get(0))).isTrue();
    }
    // a second start (another node, a restart) finds it and adds nothing
    new EngineIndexes().postProcessEngineBuild(processEngine);
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    long indexes = TestProfiles.onMysql()
        ? sql.queryForObject("select count(distinct index_name) from information_schema.statistics where "
            + "table_schema = database() and table_name = 'ACT_RU_TASK' and column_name = 'PARENT_TASK_ID_'", Long.class)
        : sql.queryForObject("select count(*) from information_schema.index_columns where table_name = 'ACT_RU_TASK' "
            + "and column_name = 'PARENT_TASK_ID_'", Long.class);
    assertThat(indexes).isOne();
  }
}
