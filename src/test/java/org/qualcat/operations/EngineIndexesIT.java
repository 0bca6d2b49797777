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
 * The statements the engine runs on every completion find their rows by an index, not by reading a table whose size
 * grows with the bureau's backlog (docs/adr/0025): a task's sub-tasks ({@code TaskManager.deleteTask}) and an
 * execution's variables ({@code VariableInstanceManager.findVariableInstancesByExecutionId}).
 */
class EngineIndexesIT extends IntegrationTest {

  /** The engine's statement {@code selectTasksByParentTaskId} (mapping/entity/Task.xml), with a value. */
  private static final String SUB_TASKS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'some-task-id'";
  /** The engine's statement {@code selectVariablesByExecutionId} (mapping/entity/VariableInstance.xml), with values. */
  private static final String EXECUTION_VARIABLES = "select RES.* from ACT_RU_VARIABLE RES"
      + " left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_"
      + " left join ACT_RU_EXECUTION PARENT_EXECUTION on EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_"
      + " where EXECUTION_ID_ = 'some-execution-id' and TASK_ID_ is null and NAME_ in ('acceptance', 'eta')";

  @Autowired
  DataSource dataSource;

  @Test
  void aCompletionFindsTheTasksSubTasksByAnIndex() {
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    if (TestProfiles.onMysql()) {
      List<Map<String, Object>> plan = sql.queryForList("explain " + SUB_TASKS);
      assertThat(plan).hasSize(1);
      assertThat(String.valueOf(plan.get(0).get("possible_keys"))).as("MariaDB's plan: " + plan)
          .contains(EngineIndexes.TASK_PARENT.name());
    } else {
      String plan = sql.queryForObject("explain " + SUB_TASKS, String.class);
      assertThat(plan).as("H2's plan").contains(EngineIndexes.TASK_PARENT.name());
    }
  }

  @Test
  void anExecutionsVariablesAreFoundByTheExecutionNotAmongAllVariablesOfNoTask() {
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    if (TestProfiles.onMysql()) {
      // MariaDB chooses by its statistics: with rows in the table it takes ACT_FK_VAR_EXE (docs/adr/0025); what
      // holds on any table is that an index on the execution is one it may use
      List<Map<String, Object>> plan = sql.queryForList("explain " + EXECUTION_VARIABLES);
      Map<String, Object> variables = plan.stream().filter(row -> "RES".equals(row.get("table"))).findFirst()
          .orElseThrow();
      List<String> byExecution = sql.queryForList("select index_name from information_schema.statistics"
          + " where table_schema = database() and table_name = 'ACT_RU_VARIABLE' and column_name = 'EXECUTION_ID_'"
          + " and seq_in_index = 1", String.class);
      assertThat(byExecution).isNotEmpty();
      assertThat(String.valueOf(variables.get("possible_keys"))).as("MariaDB's plan: " + plan)
          .contains(byExecution.get(0));
    } else {
      String plan = sql.queryForObject("explain " + EXECUTION_VARIABLES, String.class);
      assertThat(plan).as("H2's plan").contains(EngineIndexes.VARIABLE_EXECUTION.name() + ": EXECUTION_ID_ = ");
    }
  }

  @Test
  void theIndexesAreAddedOnceAndFoundAgainOnTheNextStart() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.indexed(connection, EngineIndexes.TASK_PARENT)).isTrue();
      assertThat(EngineIndexes.indexed(connection, EngineIndexes.VARIABLE_EXECUTION))
          .as("added on H2 only").isEqualTo(!TestProfiles.onMysql());
    }
    // a second start (another node, a restart) finds them and adds nothing
    new EngineIndexes().postProcessEngineBuild(processEngine);
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    long indexes = TestProfiles.onMysql()
        ? sql.queryForObject("select count(distinct index_name) from information_schema.statistics where "
            + "table_schema = database() and table_name = 'ACT_RU_TASK' and column_name = 'PARENT_TASK_ID_'", Long.class)
        : sql.queryForObject("select count(*) from information_schema.index_columns where table_name = 'ACT_RU_TASK' "
            + "and column_name = 'PARENT_TASK_ID_'", Long.class);
    assertThat(indexes).isOne();
    if (!TestProfiles.onMysql()) {
      assertThat(sql.queryForObject("select count(*) from information_schema.index_columns where index_name = ?",
          Long.class, EngineIndexes.VARIABLE_EXECUTION.name())).isEqualTo(2);
    }
  }
}
