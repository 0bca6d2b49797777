package org.qualcat.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for what Qualcat makes it do (docs/adr/0025), added once the engine has created
 * or checked its tables, on every start (under the start-up lock, so one node at a time), where they are missing.
 *
 * <p>{@code ACT_RU_TASK.PARENT_TASK_ID_}: every task completion asks the engine for the task's sub-tasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}, {@code TaskManager.deleteTask}), and Camunda 7.24
 * indexes that column on SQL Server only. Without the index each completion reads every open task of the bureau:
 * its cost grows with the backlog.
 *
 * <p>{@code ACT_RU_VARIABLE(EXECUTION_ID_, TASK_ID_)}, on H2 only: whenever the engine loads an execution's variables
 * (every completion does) it asks for {@code EXECUTION_ID_ = ? and TASK_ID_ is null}. H2's planner, which keeps no
 * statistics that tell the two apart, takes Camunda's index on {@code TASK_ID_} and reads every variable that
 * belongs to no task: all variables of every open case. MariaDB and MySQL weigh the two indexes by their statistics
 * and take the one on {@code EXECUTION_ID_}.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  /**
   * An index Qualcat adds to an engine table: its name (Qualcat's prefix), table and columns, and whether only H2
   * needs it (its planner would otherwise choose an index that reads most of the table).
   */
  record Index(String name, String table, List<String> columns, boolean h2Only) {

    Index {
      columns = List.copyOf(columns);
    }

    String ddl() {
      return "create index " + name + " on " + table + "(" + String.join(", ", columns) + ")";
    }
  }

  static final Index TASK_PARENT = new Index("QC_IDX_TASK_PARENT", "ACT_RU_TASK", List.of("PARENT_TASK_ID_"), false);
  static final Index VARIABLE_EXECUTION = new Index("QC_IDX_VAR_EXEC_TASK", "ACT_RU_VARIABLE",
      List.of("EXECUTION_ID_", "TASK_ID_"), true);
  static final List<Index> INDEXES = List.of(TASK_PARENT, VARIABLE_EXECUTION);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    // the database as the engine identified it for its own SQL
    boolean h2 = "h2".equals(configuration.getDatabaseType());
    try (Connection connection = configuration.getDataSource().getConnection()) {
      for (Index index : INDEXES) {
        if ((h2 || !index.h2Only()) && !indexed(connection, index)) {
          try (Statement sql = connection.createStatement()) {
            sql.execute(index.ddl());
          }
          log.info("Added index {} on {}{} to the engine's schema", index.name(), index.table(), index.columns());
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not add Qualcat's indexes to the engine's tables", e);
    }
  }

  /** Whether an index (Qualcat's or one Camunda added since) starts with {@code index}'s columns, in their order. */
  static boolean indexed(Connection connection, Index index) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    for (String table : List.of(index.table(), index.table().toLowerCase(Locale.ROOT))) {
      Map<String, Map<Short, String>> columnsByIndex = new TreeMap<>();
      try (ResultSet columns = metadata.getIndexInfo(connection.getCatalog(), null, table, false, true)) {
        while (columns.next()) {
          String name = columns.getString("INDEX_NAME");
          String column = columns.getString("COLUMN_NAME");
          if (name != null && column != null) {
            columnsByIndex.computeIfAbsent(name, n -> new TreeMap<>())
                .put(columns.getShort("ORDINAL_POSITION"), column.toUpperCase(Locale.ROOT));
          }
        }
      }
      for (Map<Short, String> columns : columnsByIndex.values()) {
        List<String> leading = new ArrayList<>(columns.values());
        if (leading.size() >= index.columns().size()
            && leading.subList(0, index.columns().size()).equals(index.columns())) {
          return true;
        }
      }
    }
    return false;
  }
}
