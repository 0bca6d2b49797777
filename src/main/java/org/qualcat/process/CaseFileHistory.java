package org.qualcat.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history level (docs/adr/0026): everything Camunda's {@code full} records, except, for the processes
 * named, the trail of every value each variable had ({@code ACT_HI_DETAIL}'s variable updates). Their last values
 * stay in {@code ACT_HI_VARINST}, who did what in the user operation log and in Qualcat's own timeline and audit
 * trail; the processes named are the ones that run in thousands (a case per applicant, a review per listed
 * qualification), where that trail was a fifth of what a submission wrote.
 */
public final class CaseFileHistory extends AbstractHistoryLevel {

  /** Stored in {@code ACT_GE_PROPERTY.historyLevel}; Camunda's own levels are 0 to 3. */
  public static final int ID = 30;
  /** The value of {@code camunda.bpm.history-level}. */
  public static final String NAME = "case-file";

  private final Set<String> withoutValueTrail;

  /** @param withoutValueTrail keys of the processes whose variables keep their last value only */
  public CaseFileHistory(Set<String> withoutValueTrail) {
    this.withoutValueTrail = Set.copyOf(withoutValueTrail);
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
    if (eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
      return true;
    }
    // the engine asks with the update event (DbHistoryEventHandler.shouldWriteHistoricDetail); asked with anything
    // else, the level answers as full would
    return !(entity instanceof HistoricVariableUpdateEventEntity update)
        || !withoutValueTrail.contains(update.getProcessDefinitionKey());
  }
}
