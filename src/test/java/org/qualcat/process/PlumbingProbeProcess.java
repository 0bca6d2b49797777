package org.qualcat.process;

/** Element ids of the test-only model {@code plumbing-probe} (src/test/resources/bpmn). */
final class PlumbingProbeProcess {

  static final String PROCESS_ID = "plumbing-probe";
  static final String TASK_SEND_GREETING = "Task_SendGreeting";
  static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";
  static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
  static final String TASK_SEND_REMINDER = "Task_SendReminder";
  static final String END_ACKNOWLEDGED = "EndEvent_Acknowledged";
  static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
  static final String FORM_ACKNOWLEDGE = "plumbing-probe-acknowledge";

  private PlumbingProbeProcess() {
  }
}
