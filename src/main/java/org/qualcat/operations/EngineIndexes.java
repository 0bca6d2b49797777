package org.qualcat.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
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
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  /** An index Qualcat adds to an engine table: its name (Qualcat's prefix), table and column. */
  record Index(String name, String table, String column) {
  }

  static final List<Index> INDEXES = List.of(new Index("QC_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      for (Index index : INDEXES) {
        if (!indexed(connection, index)) {
          try (Statement sql = connection.createStatement()) {
            sql.execute("create index " + index.name() + " on " + index.table() + "(" + index.column() + ")");
          }
          log.info("Added index {} on {}({}) to the engine's schema", index.name(), index.table(), index.column());
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not add Qualcat's indexes to the engine's tables", e);
    }
  }

  /** Whether an index (Qualcat's or one Camunda added since) starts with {@code index}'s column. */
  static boolean indexed(Connection connection, Index index) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    for (String table : List.of(index.table(), index.table().toLowerCase(Locale.ROOT))) {
      try (ResultSet columns = metadata.getIndexInfo(connection.getCatalog(), null, table, false, true)) {
        while (columns.next()) {
          if (columns.getShort("ORDINAL_POSITION") == 1
              && index.column().equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
