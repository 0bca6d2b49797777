package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

class CaseFileHistoryTest {

  private static final Set<HistoryEventTypes> VARIABLE_EVENTS = EnumSet.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
      HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);

  /** Definition ids as the engine makes them; the level finds their keys in the deployment cache. */
  private final CaseFileHistory level = new CaseFileHistory(Set.of("certificate-verification"),
      id -> id.substring(0, id.indexOf(':')));

  @Test
  void aNamedProcessLeavesNoVariableHistoryAtAll() {
    for (HistoryEventTypes type : VARIABLE_EVENTS) {
      assertThat(level.isHistoryEventProduced(type, variableOf("certificate-verification:3:a1"))).as(type.name())
          .isFalse();
      assertThat(level.isHistoryEventProduced(type, update("certificate-verification"))).as(type.name()).isFalse();
    }
  }

  @Test
  void aNamedProcessKeepsEverythingElseCamundasFullKeeps() {
    for (HistoryEventTypes type : EnumSet.complementOf(EnumSet.copyOf(VARIABLE_EVENTS))) {
      assertThat(level.isHistoryEventProduced(type, variableOf("certificate-verification:3:a1"))).as(type.name())
          .isTrue();
      assertThat(level.isHistoryEventProduced(type, null)).as(type.name()).isTrue();
    }
  }

  @Test
  void everyOtherProcessAndAVariableOfNoProcessHaveCamundasFullHistory() {
    for (HistoryEventTypes type : VARIABLE_EVENTS) {
      assertThat(level.isHistoryEventProduced(type, variableOf("committee-review:1:b2"))).as(type.name()).isTrue();
      assertThat(level.isHistoryEventProduced(type, update("committee-review"))).as(type.name()).isTrue();
      assertThat(level.isHistoryEventProduced(type, new VariableInstanceEntity())).as("a standalone task's")
          .isTrue();
      assertThat(level.isHistoryEventProduced(type, null)).as(type.name()).isTrue();
    }
  }

  @Test
  void itIsALevelOfItsOwnNotOneOfCamundas() {
    assertThat(level.getId()).isGreaterThan(3);
    assertThat(level.getName()).isEqualTo("case-file");
  }

  private static VariableInstanceEntity variableOf(String processDefinitionId) {
    VariableInstanceEntity variable = new VariableInstanceEntity();
    variable.setProcessDefinitionId(processDefinitionId);
    return variable;
  }

  private static HistoricVariableUpdateEventEntity update(String processDefinitionKey) {
    HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
    update.setProcessDefinitionKey(processDefinitionKey);
    return update;
  }
}
