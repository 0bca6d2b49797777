package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks a caller in a few groups against exactly those groups, without first reading every group that
 * has an authorization: what a caller may see is decided as before, in a few groups and in many.
 */
class EngineAuthorizationGroupsIT extends IntegrationTest {

  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  private String task;

  @BeforeEach
  void aTaskForTheCommittee() {
    Task probe = tasks.newTask();
    probe.setName("authorization groups probe");
    tasks.saveTask(probe);
    // the engine grants the candidate group the task: a row in ACT_RU_AUTHORIZATION
    tasks.addCandidateGroup(probe.getId(), Roles.COMMITTEE);
    task = probe.getId();
  }

  @AfterEach
  void removeIt() {
    identity.clearAuthentication();
    tasks.deleteTask(task, true);
  }

  @Test
  void theEngineUsesTheManagerThatLeavesTheReadOut() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
        .execute((Command<AuthorizationManager>) context -> context.getAuthorizationManager());

    assertThat(manager).isInstanceOf(EngineAuthorizationGroups.ShortGroupListsAsTheyAre.class);
  }

  @Test
  void aCallerInAFewGroupsSeesWhatTheirGroupsAreGrantedAndNothingElse() {
    assertThat(visibleTo(List.of(Roles.COMMITTEE, "a-group-without-authorizations"))).isTrue();
    assertThat(visibleTo(List.of(Roles.EXPERTS, "a-group-without-authorizations"))).isFalse();
    assertThat(visibleTo(List.of())).isFalse();
  }

  @Test
  void aCallerInManyGroupsIsCheckedAsTheEngineDoesAndDecidedAlike() {
    List<String> many = new ArrayList<>(IntStream.range(0, EngineAuthorizationGroups.PREFILTER_FROM)
        .mapToObj(i -> "group-" + i).toList());
    assertThat(visibleTo(many)).isFalse();
    many.add(Roles.COMMITTEE);
    assertThat(visibleTo(many)).isTrue();
  }

  private boolean visibleTo(List<String> groups) {
    identity.setAuthentication("authorization-probe", groups);
    try {
      return tasks.createTaskQuery().taskId(task).count() == 1;
    } finally {
      identity.clearAuthentication();
    }
  }
}
