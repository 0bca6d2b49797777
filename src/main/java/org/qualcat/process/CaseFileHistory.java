package org.qualcat.process;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's history level (docs/adr/0026, 0031): everything Camunda's {@code full} records, except, for the
 * processes named, the history of their variables ({@code ACT_HI_VARINST} and the trail of every value,
 * {@code ACT_HI_DETAIL}). Their case file is Qualcat's own: the case or review record, its timeline and the audit
 * trail, with who did what also in the user operation log and the task history. The processes named are the ones
 * that run in thousands (a case per applicant, a review per listed qualification), where the variables' history was
 * a fifth of what a submission wrote; their variables are copies of the case file for the forms and the gateways.
 */
public final class CaseFileHistory extends AbstractHistoryLevel {

  /** Stored in {@code ACT_GE_PROPERTY.historyLevel}; Camunda's own levels are 0 to 3. */
  public static final int ID = 30;
  /** The value of {@code camunda.bpm.history-level}. */
  public static final String NAME = "case-file";

  /** Every event of a variable's history; the engine asks for each with the variable or its history event. */
  private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
      HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);

  private final Set<String> withoutVariables;
  private final Function<String, String> keyOfDefinition;
  /** Process definition id → key; ids never change meaning. */
  private final Map<String, String> keys = new ConcurrentHashMap<>();

  /** @param withoutVariables keys of the processes whose variables leave no history */
  public CaseFileHistory(Set<String> withoutVariables) {
    this(withoutVariables, CaseFileHistory::deployedKey);
  }

  CaseFileHistory(Set<String> withoutVariables, Function<String, String> keyOfDefinition) {
    this.withoutVariables = Set.copyOf(withoutVariables);
    this.keyOfDefinition = keyOfDefinition;
  }

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (!VARIABLE_EVENTS.contains(eventType)) {
      return true;
    }
    String key = processDefinitionKey(entity);
    return key == null || !withoutVariables.contains(key);
  }

  /** The key of the process a variable belongs to; null for a variable of no process (a standalone task's). */
  private String processDefinitionKey(Object entity) {
    if (entity instanceof HistoricVariableUpdateEventEntity update) {
      return update.getProcessDefinitionKey();
    }
    if (entity instanceof VariableInstanceEntity variable) {
      String definitionId = variable.getProcessDefinitionId();
      if (definitionId == null && variable.getExecutionId() != null) {
        ExecutionEntity execution = variable.getExecution();
        definitionId = execution == null ? null : execution.getProcessDefinitionId();
      }
      return definitionId == null ? null : keys.computeIfAbsent(definitionId, keyOfDefinition);
    }
    return null;
  }

  private static String deployedKey(String processDefinitionId) {
    return Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId).getKey();
  }
}
