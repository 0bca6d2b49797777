package org.qualcat.monitoring;

/** What the DMN {@code monitoring-assessment} concludes, and what a monitor confirms or overrides it to. */
enum Assessment {
  COMPLIANT,
  WATCH,
  NON_COMPLIANT
}
