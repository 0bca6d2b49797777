package org.qualcat.exit;

import static org.qualcat.exit.QualificationExitProcess.MESSAGE_QUALIFICATION_FLAGGED;
import static org.qualcat.exit.QualificationExitProcess.VAR_EXIT_CASE_ID;
import static org.qualcat.exit.QualificationExitProcess.VAR_EXIT_GROUNDS;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.process.FormViews;
import org.springframework.stereotype.Component;

/**
 * The engine side of exit cases: starts {@code qualification-exit} by its message {@code QualificationFlagged}, the
 * case's reference as business key. (A monitoring review starts it through its call activity instead.)
 */
@Component
class ExitFlow {

  private final RuntimeService runtime;

  ExitFlow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** A monitor flagged the qualification: the exit case's process starts. */
  ProcessInstance flagged(ExitCase exit, String grounds) {
    return runtime.createMessageCorrelation(MESSAGE_QUALIFICATION_FLAGGED)
        .processInstanceBusinessKey(exit.getReference())
        .setVariables(Map.of(VAR_EXIT_CASE_ID, exit.getId(),
            CommitteeReviewProcess.VAR_QUALIFICATION_CODE, exit.getQualificationCode(),
            VAR_EXIT_GROUNDS, FormViews.fit(grounds)))
        .correlateStartMessage();
  }
}
