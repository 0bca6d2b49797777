package org.qualcat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.Latches;
import org.qualcat.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine writes what one command changed as JDBC batches, one per statement and table (its
 * {@code jdbcBatchProcessing}). On MySQL/MariaDB the driver sends a batch of inserts as one multi-row statement
 * ({@code rewriteBatchedStatements}, docs/adr/0035), and the engine still learns of every update that found its row
 * changed by someone else: that is how it refuses a stale write.
 */
class EngineBatchesIT extends IntegrationTest {

  private static final int VARIABLES = 30;

  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  private TaskService tasks;
  private String taskId;

  @BeforeEach
  void aStandaloneTask() {
    tasks = processEngine.getTaskService();
    Task task = tasks.newTask();
    task.setName("engine batches probe");
    tasks.saveTask(task);
    taskId = task.getId();
  }

  @AfterEach
  void removeIt() {
    tasks.deleteTask(taskId, true);
  }

  @Test
  void manyRowsOfOneTableReachMariaDbAsOneStatement() {
    assumeThat(TestProfiles.onMysql()).as("the batch rewriting of MySQL Connector/J").isTrue();
    Map<String, Object> variables = numbered(VARIABLES, "value ");

    // in one Spring transaction the engine writes on the connection this test reads the server's count on
    long statements = transaction.execute(status -> {
      long before = questions();
      tasks.setVariablesLocal(taskId, variables);
      return questions() - before - 1;
    });

    assertThat(tasks.getVariablesLocal(taskId)).as("all written").hasSize(VARIABLES);
    assertThat(statements).as("statements the server received for %s new variables", VARIABLES)
        .isLessThan(VARIABLES / 3);
  }

  @Test
  void aBatchOfUpdatesWithOneRowChangedMeanwhileIsRefusedWhole() throws Exception {
    tasks.setVariablesLocal(taskId, numbered(6, "first "));
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch changed = new CountDownLatch(1);

    // one command reads the six variables, waits while another changes one of them, then writes all six
    CompletableFuture<Void> stale = CompletableFuture.runAsync(() -> command(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      task.getVariablesLocal();
      read.countDown();
      Latches.await(changed, "the other command's change");
      task.setVariablesLocal(numbered(6, "second "));
      return null;
    }));
    Latches.await(read, "the stale command's read");
    tasks.setVariableLocal(taskId, "v3", "changed meanwhile");
    changed.countDown();

    assertThatThrownBy(() -> stale.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(OptimisticLockingException.class);
    Map<String, Object> now = tasks.getVariablesLocal(taskId);
    assertThat(now).as("nothing of the refused write").containsEntry("v3", "changed meanwhile")
        .containsEntry("v0", "first 0").containsEntry("v5", "first 5");
  }

  /** Variables {@code v0}, {@code v1}, … with the values {@code prefix + 0}, {@code prefix + 1}, … */
  private static Map<String, Object> numbered(int count, String prefix) {
    Map<String, Object> variables = new LinkedHashMap<>();
    IntStream.range(0, count).forEach(i -> variables.put("v" + i, prefix + i));
    return variables;
  }

  private long questions() {
    return Long.parseLong(jdbc.queryForMap("show session status like 'Questions'").get("Value").toString());
  }

  private <T> T command(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(command);
  }
}
