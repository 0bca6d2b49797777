package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_CONFIRMATION_REASON;

import org.qualcat.process.Refusal;

/**
 * A monitor's answer to the decision table's assessment: confirmed as {@code assessed}, or overridden, which needs a
 * reason. Refused inputs name the form's field.
 */
record Confirmation(Assessment assessed, Assessment confirmed, String reason) {

  Confirmation {
    if (confirmed != assessed && reason == null) {
      throw Refusal.OVERRIDE_REASON.invalid(FIELD_CONFIRMATION_REASON,
          "is required when the assessment differs from the decision table's");
    }
  }
}
