package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

class CaseFileHistoryTest {

  private final CaseFileHistory level = new CaseFileHistory(Set.of("certificate-verification"));

  @Test
  void aNamedProcessKeepsItsVariablesLastValuesButNotEveryValueTheyHad() {
    HistoricVariableUpdateEventEntity update = update("certificate-verification");
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update)).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, update)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, update)).isTrue();
  }

  @Test
  void everyOtherProcessHasCamundasFullHistory() {
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
        update("committee-review"))).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, null)).isTrue();
    for (HistoryEventTypes type : HistoryEventTypes.values()) {
      if (type != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
        assertThat(level.isHistoryEventProduced(type, update("certificate-verification"))).as(type.name()).isTrue();
      }
    }
  }

  @Test
  void itIsALevelOfItsOwnNotOneOfCamundas() {
    assertThat(level.getId()).isGreaterThan(3);
    assertThat(level.getName()).isEqualTo("case-file");
  }

  private static HistoricVariableUpdateEventEntity update(String processDefinitionKey) {
    HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
    update.setProcessDefinitionKey(processDefinitionKey);
    return update;
  }
}
