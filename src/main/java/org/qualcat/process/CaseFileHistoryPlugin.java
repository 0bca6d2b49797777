package org.qualcat.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes {@link CaseFileHistory} a level the engine knows ({@code camunda.bpm.history-level: case-file}) and moves a
 * database that recorded Camunda's {@code full} to it (docs/adr/0026): the engine refuses to start when the level it
 * is configured with is not the one stored. Runs before the engine checks (under the start-up lock, docs/adr/0023).
 */
@Component
class CaseFileHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(CaseFileHistoryPlugin.class);

  private final CaseFileHistory level;

  CaseFileHistoryPlugin(@Value("${qualcat.history.without-variables:}") Set<String> withoutVariables) {
    this.level = new CaseFileHistory(withoutVariables);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(level);
    configuration.setCustomHistoryLevels(custom);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel() != null && configuration.getHistoryLevel().getId() == CaseFileHistory.ID) {
      moveFromFull(configuration.getDataSource());
    }
  }

  /**
   * A database whose engine recorded {@code full} (Qualcat before docs/adr/0026) is moved to {@link CaseFileHistory};
   * a new database (no engine tables yet) gets it when the engine creates them.
   *
   * @return whether the stored level was changed
   */
  static boolean moveFromFull(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!hasPropertyTable(connection)) {
        return false;
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (PreparedStatement update = connection.prepareStatement("update ACT_GE_PROPERTY set VALUE_ = ?,"
          + " REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ = ?")) {
        update.setString(1, Integer.toString(CaseFileHistory.ID));
        update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
        boolean moved = update.executeUpdate() > 0;
        if (moved) {
          log.info("The engine's history level moved from full to {} (docs/adr/0026)", CaseFileHistory.NAME);
        }
        return moved;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not move the engine's history level to " + CaseFileHistory.NAME, e);
    }
  }

  private static boolean hasPropertyTable(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    for (String table : List.of("ACT_GE_PROPERTY", "ACT_GE_PROPERTY".toLowerCase(Locale.ROOT))) {
      try (ResultSet tables = metadata.getTables(connection.getCatalog(), null, table, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
