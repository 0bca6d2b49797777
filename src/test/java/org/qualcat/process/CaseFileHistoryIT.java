package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.ApplicationMaterials;
import org.qualcat.verification.VerificationCases;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's history level (docs/adr/0026, 0031): a verification case's variables leave no history (the case file
 * is Qualcat's own), while its activities, tasks and who did what stay; a process not named keeps Camunda's full
 * history; a database that recorded {@code full} is moved to the level, once.
 */
class CaseFileHistoryIT extends IntegrationTest {

  @Autowired
  HistoryService history;
  @Autowired
  DataSource dataSource;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  ApplicationMaterials materials;
  @Autowired
  VerificationCases cases;

  @Test
  void theEngineRunsAtTheCaseFileLevelAndHasStoredIt() {
    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getHistoryLevel()
        .getName()).isEqualTo(CaseFileHistory.NAME);
    assertThat(processEngine.getManagementService().getProperties())
        .containsEntry("historyLevel", Integer.toString(CaseFileHistory.ID));
  }

  @Test
  void aVerificationCasesVariablesLeaveNoHistoryButItsStepsAndTasksDo() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    String reference = cases.submit(VerificationFixtures.withMaterials(materials, VerificationFixtures.newCase(code,
        VerificationFixtures.certificate(), VerificationFixtures.document()), VerificationFixtures.APPLICANT),
        VerificationFixtures.APPLICANT).reference();
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId();

    // the process's variables and their copies on the verifier's task (TaskSubject) are there while it runs
    assertThat(processEngine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance)
        .variableName("caseReference").list()).extracting(variable -> variable.getValue())
        .containsExactly(reference, reference);
    // what its gateways decided at once, and the region its bureau was chosen by, were never stored
    assertThat(processEngine.getRuntimeService().getVariables(instance)).doesNotContainKeys("listed", "verifiedBefore",
        "employerRegion").containsKeys("checkChannel", "employedInBeijing");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getTenantId()).as("the bureau's tenant").isEqualTo("beijing");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
        .extracting(activity -> activity.getActivityId()).contains("Task_CheckEligibility", "Task_AcceptCase");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isOne();
  }

  @Test
  void aProcessNotNamedKeepsEveryValueItsVariablesHad() {
    String deployment = processEngine.getRepositoryService().createDeployment().addModelInstance("trail.bpmn",
        Bpmn.createExecutableProcess("valueTrailCheck").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Wait").endEvent().done()).deploy().getId();
    try {
      String instance = processEngine.getRuntimeService().startProcessInstanceByKey("valueTrailCheck",
          Map.of("answer", "first")).getId();
      processEngine.getRuntimeService().setVariable(instance, "answer", "second");

      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).singleResult().getValue())
          .isEqualTo("second");
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
          .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue())
          .containsExactlyInAnyOrder("first", "second");
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void aDatabaseThatRecordedFullIsMovedToTheLevelOnce() {
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    String level = "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'";
    sql.update("update ACT_GE_PROPERTY set VALUE_ = '3' where NAME_ = 'historyLevel'");
    try {
      assertThat(CaseFileHistoryPlugin.moveFromFull(dataSource)).isTrue();
      assertThat(sql.queryForObject(level, String.class)).isEqualTo(Integer.toString(CaseFileHistory.ID));
      assertThat(CaseFileHistoryPlugin.moveFromFull(dataSource)).as("the next start").isFalse();
    } finally {
      sql.update("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel'",
          Integer.toString(CaseFileHistory.ID));
    }
  }
}
