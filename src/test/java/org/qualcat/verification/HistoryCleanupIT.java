package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.verification.VerificationFixtures.APPLICANT;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.newCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.audit.AuditSearch;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13, item 5: the engine's history of a case is removed once its time-to-live has passed since the case ended,
 * by the engine's cleanup job; the case's own records (its row, its timeline, its code, the audit trail) stay.
 *
 * <p>The cases that are to be past their time-to-live run to their end with the engine's clock set back by more than
 * the model's time-to-live, so that their removal time (end + time-to-live) is already behind the real clock: the
 * cleanup, run now, then removes them and nothing the rest of the suite made (their removal times are a year ahead).
 * The clock is reset in a {@code finally}, and the cleanup job is handed back to its nightly schedule.
 */
class HistoryCleanupIT extends IntegrationTest {

  /** Enough runs of the cleanup job for whatever the suite has put past its removal time; each removes a batch. */
  private static final int MAX_CLEANUP_RUNS = 50;

  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ApplicationMaterials applicationMaterials;
  @Autowired
  VerificationCases cases;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  VerificationEventRepository events;
  @Autowired
  VerificationQueries queries;
  @Autowired
  AuditSearch audit;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void theConfigurationIsTheOneTheAdrDescribes() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("00:00+0800");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00+0800");
    assertThat(config.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
    assertThat(history.findHistoryCleanupJobs()).as("scheduled by the engine at start-up").isNotEmpty();
  }

  @Test
  void aCasePastItsTimeToLiveLeavesTheEngineHistoryAndKeepsItsOwnRecords() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    int timeToLive = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(VerificationProcess.PROCESS_ID).latestVersion().singleResult().getHistoryTimeToLive();
    Instant longAgo = Instant.now().minus(Duration.ofDays(timeToLive + 1L));

    String verified;
    String withdrawn;
    ClockUtil.setCurrentTime(Date.from(longAgo));
    try {
      verified = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, code, APPLICANT);
      withdrawn = submit(code);
      cases.withdraw(withdrawn, APPLICANT);
    } finally {
      ClockUtil.reset();
    }
    String recent = submit(code);
    cases.withdraw(recent, APPLICANT);

    HistoricProcessInstance old = historyOf(verified);
    assertThat(old.getRemovalTime()).as("end + time-to-live, already passed")
        .isEqualTo(Date.from(old.getEndTime().toInstant().plus(Duration.ofDays(timeToLive))))
        .isBefore(new Date());
    assertThat(historyOf(recent).getRemovalTime()).isAfter(new Date());
    String verifiedInstance = old.getId();
    String withdrawnInstance = historyOf(withdrawn).getId();
    String recentInstance = historyOf(recent).getId();
    assertThat(engineHistoryRows(verifiedInstance)).isPositive();

    try {
      cleanUpUntilGone(verifiedInstance, withdrawnInstance);
    } finally {
      // back to the nightly schedule the engine gave it at start-up
      history.cleanUpHistoryAsync(false);
    }

    for (String instance : List.of(verifiedInstance, withdrawnInstance)) {
      assertThat(engineHistoryRows(instance)).as("engine history of " + instance).isZero();
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recentInstance).count())
        .as("a case ended today keeps its history").isOne();
    assertThat(engineHistoryRows(recentInstance)).isPositive();

    // Qualcat's own records of the case do not depend on the engine's history
    VerificationCase verifiedCase = repository.findByReference(verified).orElseThrow();
    assertThat(verifiedCase.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(events.findByVerificationCaseOrderById(verifiedCase)).extracting(VerificationEvent::getKind)
        .contains(EventKind.REGISTER_CHECKED);
    assertThat(queries.check(verifiedCase.getVerificationCode()).authentic()).as("the code still checks").isTrue();
    assertThat(repository.findByReference(withdrawn).orElseThrow().getStatus())
        .isEqualTo(VerificationStatus.WITHDRAWN);
    assertThat(audit.search(new AuditSearch.Filter(null, null, null, verified, null, null), 0, 50).items())
        .as("the audit trail of the case").isNotEmpty();
    assertThat(audit.search(new AuditSearch.Filter(null, null, null, withdrawn, null, null), 0, 50).items())
        .isNotEmpty();
    assertThat(history.findHistoryCleanupJobs()).as("the engine's cleanup job, rescheduled").isNotEmpty();
  }

  /** Triggers the cleanup now and runs its job (as the job executor would at night) until those two are gone. */
  private void cleanUpUntilGone(String... instances) {
    history.cleanUpHistoryAsync(true);
    for (int run = 0; run < MAX_CLEANUP_RUNS && anyHistory(instances); run++) {
      for (Job job : history.findHistoryCleanupJobs()) {
        management.executeJob(job.getId());
      }
    }
  }

  private boolean anyHistory(String... instances) {
    return List.of(instances).stream().anyMatch(id -> engineHistoryRows(id) > 0);
  }

  /**
   * The engine's history of one instance: the instance, its activities, tasks, variables and their changes, its jobs'
   * runs and the operations on it.
   */
  private long engineHistoryRows(String instance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()
        + history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()
        + history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()
        + history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()
        + history.createHistoricDetailQuery().processInstanceId(instance).count()
        + history.createHistoricJobLogQuery().processInstanceId(instance).count()
        + history.createUserOperationLogQuery().processInstanceId(instance).count();
  }

  private HistoricProcessInstance historyOf(String reference) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  private String submit(String qualificationCode) {
    return cases.submit(VerificationFixtures.withMaterials(applicationMaterials,
        newCase(qualificationCode, certificate(), document()), APPLICANT), APPLICANT).reference();
  }
}
