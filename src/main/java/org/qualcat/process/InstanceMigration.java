package org.qualcat.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running instances of a model to another version of it, with Camunda's migration API: the operator's
 * procedure of {@code docs/operations.md} ("Moving running instances to a new model version") in code, tested by
 * {@code ModelMigrationIT} on a real model with cases waiting in user tasks and timers.
 *
 * <p>The plan maps every activity that kept its id and type ({@code mapEqualActivities}), plus the activities the new
 * version renamed. It does <em>not</em> update event triggers: a timer keeps the due date it had (an applicant's
 * deadline already announced stays as announced), where updating it would compute a duration timer again from the
 * moment of migration and move the deadline. A migrated user task keeps its id, assignee, candidate groups and
 * variables; the engine keeps its name too, so a new version that reworded the step would leave the old words in the
 * Tasklist: {@link #migrate} names the open tasks as the new version does ({@link OpenTaskNames}) in the same
 * transaction; after {@link #migrateInBatch}, {@link OpenTaskNames#nameAsModelled} does it, and every node does it
 * for the latest versions when it starts. An activity of the old version that the new one lacks, and is not renamed
 * here, makes the engine refuse the plan or the instances waiting in it, before anything is changed.
 */
@Component
public class InstanceMigration {

  private final RuntimeService runtime;
  private final OpenTaskNames taskNames;

  InstanceMigration(RuntimeService runtime, OpenTaskNames taskNames) {
    this.runtime = runtime;
    this.taskNames = taskNames;
  }

  /**
   * The plan from one process definition to another (ids such as {@code certificate-verification:3:…}).
   *
   * @param renamed old activity id to new activity id, for activities the new version renamed
   */
  public MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId, Map<String, String> renamed) {
    MigrationPlanBuilder builder = runtime.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
        .mapEqualActivities();
    for (Map.Entry<String, String> rename : renamed.entrySet()) {
      builder = builder.mapActivities(rename.getKey(), rename.getValue());
    }
    // the engine validates the plan here: an unmapped or incompatible activity fails with its reasons
    return builder.build();
  }

  /**
   * Migrates these instances in one transaction, their open tasks named as the new version names their steps: all
   * of them or none (an instance the plan cannot carry fails the whole call with the engine's reasons). For a handful
   * of instances; use {@link #migrateInBatch} for more.
   */
  @Transactional
  public void migrate(MigrationPlan plan, List<String> processInstanceIds) {
    runtime.newMigration(plan).processInstanceIds(processInstanceIds).execute();
    taskNames.nameAsModelled(plan.getTargetProcessDefinitionId());
  }

  /**
   * Migrates these instances as a batch: jobs of a few instances each, run by the job executor; an instance that
   * cannot be migrated becomes a failed job (an incident in Cockpit) and the others go on. When the batch is done,
   * {@link OpenTaskNames#nameAsModelled} names the migrated tasks as the new version does.
   */
  public Batch migrateInBatch(MigrationPlan plan, List<String> processInstanceIds) {
    return runtime.newMigration(plan).processInstanceIds(processInstanceIds).executeAsync();
  }
}
