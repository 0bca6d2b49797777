package org.qualcat.adjustment;

/** Ids of the model {@code bpmn/catalog-adjustment.bpmn}. */
public final class CatalogAdjustmentProcess {

  public static final String PROCESS_ID = "catalog-adjustment";

  public static final String START_ADJUSTMENT_REQUESTED = "StartEvent_AdjustmentRequested";
  public static final String CALL_COMMITTEE_REVIEW = "CallActivity_CommitteeReview";
  public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
  public static final String TASK_APPLY_ADJUSTMENT = "Task_ApplyAdjustment";
  public static final String END_ADJUSTMENT_APPLIED = "EndEvent_AdjustmentApplied";
  public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
  public static final String END_ADJUSTMENT_REJECTED = "EndEvent_AdjustmentRejected";

  public static final String VAR_ADJUSTMENT_ID = "adjustmentId";

  /** References of adjustments: ADJ-2026-0003. */
  public static final String REFERENCE_PREFIX = "ADJ";

  // mails to the requester (templates/mail/*.txt)
  public static final String MAIL_APPLIED = "adjustment-applied";
  public static final String MAIL_REJECTED = "adjustment-rejected";

  private CatalogAdjustmentProcess() {
  }
}
