package org.qualcat.monitoring;

/** Ids of the model {@code bpmn/qualification-monitoring.bpmn}. */
final class QualificationMonitoringProcess {

  public static final String PROCESS_ID = "qualification-monitoring";

  public static final String START_CYCLE_DUE = "StartEvent_CycleDue";
  public static final String START_CYCLE_REQUESTED = "StartEvent_CycleRequested";
  public static final String TASK_OPEN_CYCLE = "Task_OpenCycle";
  public static final String SUBPROCESS_REVIEW_BATCH = "SubProcess_ReviewBatch";
  public static final String START_BATCH = "StartEvent_BatchStarted";
  public static final String CALL_REVIEW_QUALIFICATION = "CallActivity_ReviewQualification";
  public static final String END_BATCH_REVIEWED = "EndEvent_BatchReviewed";
  public static final String TASK_REPORT_CYCLE = "Task_ReportCycle";
  public static final String END_CYCLE_REPORTED = "EndEvent_CycleReported";

  /** Starts a cycle on a monitor's request (the other start event is the schedule's timer). */
  public static final String MESSAGE_CYCLE_REQUESTED = "MonitoringCycleRequested";

  public static final String VAR_CYCLE_ID = "cycleId";
  public static final String VAR_CYCLE_REFERENCE = "cycleReference";

  /** Cycle references: {@code MON-2026-01}. */
  public static final String REFERENCE_PREFIX = "MON";
  public static final int REFERENCE_DIGITS = 2;

  /** The schedule's timer ({@code qualcat.timers.monitoring-cycle}). */
  public static final String TIMER_CYCLE = "monitoring-cycle";

  /** The cycle's report to the monitors ({@code templates/mail/monitoring-cycle-report.txt}). */
  public static final String MAIL_CYCLE_REPORT = "monitoring-cycle-report";

  private QualificationMonitoringProcess() {
  }
}
