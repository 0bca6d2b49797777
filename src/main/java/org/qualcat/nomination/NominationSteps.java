package org.qualcat.nomination;

import static org.qualcat.nomination.CatalogNominationProcess.FIELD_COMPLETENESS;
import static org.qualcat.nomination.CatalogNominationProcess.FIELD_SUPPLEMENT_REQUEST;
import static org.qualcat.nomination.CatalogNominationProcess.VAR_COMPLETENESS;
import static org.qualcat.nomination.CatalogNominationProcess.VAR_NOMINATION_ID;
import static org.qualcat.nomination.CatalogNominationProcess.VAR_SUPPLEMENT_DUE_AT;
import static org.qualcat.nomination.CatalogNominationProcess.VIEW_NOMINATION;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualcat.committee.CommitteeOutcome;
import org.qualcat.process.Bilingual;
import org.qualcat.process.FormFields;
import org.qualcat.process.FormViews;
import org.qualcat.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * What {@code catalog-nomination} calls ({@code ${nominationSteps.checked(task)}}): each method reads the nomination's
 * id from the process, reads the form's values, calls {@link Nominations} and sets the variables the gateways decide
 * on. Public, as the engine's expression language only calls methods of public classes.
 */
@Component("nominationSteps")
public class NominationSteps {

  private final Nominations nominations;
  private final StaffDirectory staff;
  private final Bilingual words;

  NominationSteps(Nominations nominations, StaffDirectory staff, Bilingual words) {
    this.nominations = nominations;
    this.staff = staff;
    this.words = words;
  }

  public void checking(DelegateTask task) {
    FormFields.clear(task.getExecution(), FIELD_COMPLETENESS, FIELD_SUPPLEMENT_REQUEST);
    Nomination nomination = nominations.nomination(id(task.getExecution()));
    task.setVariableLocal(VIEW_NOMINATION, FormViews.fit(NominationView.describe(nomination,
        staff.name(nomination.getNominatedBy()), words)));
  }

  public void checked(DelegateTask task) {
    Completeness completeness = FormFields.choice(task, FIELD_COMPLETENESS, Completeness.class);
    FormFields.text(task, FIELD_SUPPLEMENT_REQUEST, completeness == Completeness.SUPPLEMENT_NEEDED, 2000);
    if (completeness == Completeness.COMPLETE) {
      nominations.complete(id(task.getExecution()));
    }
    task.getExecution().setVariable(VAR_COMPLETENESS, completeness.name());
  }

  public void requestSupplement(DelegateExecution execution) {
    String request = FormFields.text(execution, FIELD_SUPPLEMENT_REQUEST, true, 2000);
    execution.setVariable(VAR_SUPPLEMENT_DUE_AT, Date.from(nominations.requestSupplement(id(execution), request)));
  }

  public void withdraw(DelegateExecution execution) {
    nominations.withdraw(id(execution));
  }

  public void listQualification(DelegateExecution execution) {
    nominations.list(id(execution), execution.getProcessInstanceId(), CommitteeOutcome.of(execution));
  }

  public void recordRejection(DelegateExecution execution) {
    nominations.reject(id(execution), CommitteeOutcome.of(execution));
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_NOMINATION_ID)).longValue();
  }
}
