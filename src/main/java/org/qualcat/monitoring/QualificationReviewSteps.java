package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_CONFIRMATION_REASON;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_ISSUER_CONTACT_EMAIL;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_ISSUER_RESPONSIVE;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_NOTE;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_RECHECK;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_RECHECK_NOTE;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_ASSESSMENT;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_ASSESSMENT_RESULT;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_CERTIFICATES_IN_BEIJING;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_CONFIRMED_ASSESSMENT;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_EXIT_GROUNDS;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_HOLDER_OUTCOMES;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_INDICATORS_KNOWN;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_ISSUER_RESPONSIVE;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_QUALIFICATION_CODE;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_RECORD_ID;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_RECTIFICATION_DUE_AT;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_RECTIFIED;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_TECHNICAL_COMPLIANCE;
import static org.qualcat.monitoring.QualificationReviewProcess.VIEW_REVIEW;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualcat.process.TaskActor;
import org.qualcat.exit.QualificationExitProcess;
import org.qualcat.process.FormFields;
import org.qualcat.process.FormViews;
import org.springframework.stereotype.Component;

/**
 * What {@code qualification-review} calls ({@code ${qualificationReviewSteps.…}}): each method reads the review's
 * record id from the process, reads the form's values and calls {@link QualificationReviews} with typed values, and
 * sets the few variables the gateways and the decision table read. Public, as the engine's expression language only
 * calls methods of public classes.
 */
@Component("qualificationReviewSteps")
public class QualificationReviewSteps {

  /** The answer fields of the forms that take yes or no. */
  enum YesNo {
    YES,
    NO
  }

  private final QualificationReviews reviews;
  private final ReviewSummary summaries;

  QualificationReviewSteps(QualificationReviews reviews, ReviewSummary summaries) {
    this.reviews = reviews;
    this.summaries = summaries;
  }

  public void open(DelegateExecution execution) {
    Object cycleId = execution.getVariable(QualificationMonitoringProcess.VAR_CYCLE_ID);
    MonitoringRecord record = reviews.open(cycleId == null ? null : ((Number) cycleId).longValue(),
        (String) execution.getVariable(VAR_QUALIFICATION_CODE), execution.getProcessInstanceId());
    execution.setVariable(VAR_RECORD_ID, record.getId());
  }

  public void gather(DelegateExecution execution) {
    Indicators indicators = reviews.gather(recordId(execution));
    execution.setVariable(VAR_INDICATORS_KNOWN, indicators.complete());
    if (indicators.complete()) {
      decisionInputs(execution, indicators);
    }
  }

  public void enteringIndicators(DelegateTask task) {
    FormFields.clear(task.getExecution(), VAR_CERTIFICATES_IN_BEIJING, VAR_TECHNICAL_COMPLIANCE,
        VAR_HOLDER_OUTCOMES, FIELD_ISSUER_RESPONSIVE, FIELD_ISSUER_CONTACT_EMAIL, FIELD_NOTE);
    MonitoringRecord record = reviews.byId(recordId(task.getExecution()));
    // what the monitors' input already said; the platform's demand is in the summary only, never prefilled
    prefill(task, VAR_CERTIFICATES_IN_BEIJING, record.getCertificatesInBeijing());
    prefill(task, VAR_TECHNICAL_COMPLIANCE, record.getTechnicalCompliance());
    prefill(task, VAR_HOLDER_OUTCOMES, record.getHolderOutcomes());
    prefill(task, FIELD_ISSUER_RESPONSIVE, record.getIssuerResponsive() == null ? null
        : record.getIssuerResponsive() ? YesNo.YES : YesNo.NO);
    prefill(task, FIELD_ISSUER_CONTACT_EMAIL, record.getIssuerContactEmail());
    task.setVariableLocal(VIEW_REVIEW, FormViews.fit(summaries.of(record.getId())));
  }

  public void indicatorsEntered(DelegateTask task) {
    Indicators indicators = reviews.enterIndicators(recordId(task.getExecution()),
        FormFields.number(task, VAR_CERTIFICATES_IN_BEIJING, 0, 10_000_000),
        FormFields.choice(task, VAR_TECHNICAL_COMPLIANCE, TechnicalCompliance.class),
        FormFields.choice(task, VAR_HOLDER_OUTCOMES, HolderOutcomes.class),
        FormFields.choice(task, FIELD_ISSUER_RESPONSIVE, YesNo.class) == YesNo.YES,
        FormFields.text(task, FIELD_ISSUER_CONTACT_EMAIL, false, 254),
        FormFields.text(task, FIELD_NOTE, false, 2000), TaskActor.of(task));
    decisionInputs(task.getExecution(), indicators);
  }

  /** After the DMN: records its result and sets the assessment the model branches on. */
  @SuppressWarnings("unchecked")
  public void assessed(DelegateExecution execution) {
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(VAR_ASSESSMENT_RESULT);
    Assessment assessment = Assessment.valueOf((String) result.get("assessment"));
    reviews.assessed(recordId(execution), assessment, (String) result.get("reason"));
    execution.setVariable(VAR_ASSESSMENT, assessment.name());
  }

  public void confirming(DelegateTask task) {
    FormFields.clear(task.getExecution(), VAR_CONFIRMED_ASSESSMENT, FIELD_CONFIRMATION_REASON,
        FIELD_ISSUER_CONTACT_EMAIL);
    task.getExecution().setVariableLocal(VAR_CONFIRMED_ASSESSMENT, task.getVariable(VAR_ASSESSMENT));
    // the address on record, so that the form can ask for one when a notice must go out and none is known
    prefill(task, FIELD_ISSUER_CONTACT_EMAIL, reviews.byId(recordId(task.getExecution())).getIssuerContactEmail());
    task.setVariableLocal(VIEW_REVIEW, FormViews.fit(summaries.of(recordId(task.getExecution()))));
  }

  public void confirmed(DelegateTask task) {
    Assessment confirmed = reviews.confirm(recordId(task.getExecution()),
        FormFields.choice(task, VAR_CONFIRMED_ASSESSMENT, Assessment.class),
        FormFields.text(task, FIELD_CONFIRMATION_REASON, false, 2000),
        FormFields.text(task, FIELD_ISSUER_CONTACT_EMAIL, false, 254), TaskActor.of(task));
    task.getExecution().setVariable(VAR_CONFIRMED_ASSESSMENT, confirmed.name());
  }

  public void sendRectificationNotice(DelegateExecution execution) {
    execution.setVariable(VAR_RECTIFICATION_DUE_AT,
        Date.from(reviews.sendRectificationNotice(recordId(execution))));
  }

  public void remindIssuer(DelegateExecution execution) {
    reviews.remindIssuer(recordId(execution));
  }

  public void rechecking(DelegateTask task) {
    FormFields.clear(task.getExecution(), FIELD_RECHECK, FIELD_RECHECK_NOTE);
    task.setVariableLocal(VIEW_REVIEW, FormViews.fit(summaries.of(recordId(task.getExecution()))));
  }

  public void rechecked(DelegateTask task) {
    boolean rectified = FormFields.choice(task, FIELD_RECHECK, YesNo.class) == YesNo.YES;
    reviews.recheck(recordId(task.getExecution()), rectified, FormFields.text(task, FIELD_RECHECK_NOTE, true, 2000),
        TaskActor.of(task));
    task.getExecution().setVariable(VAR_RECTIFIED, rectified);
  }

  public void restoreListing(DelegateExecution execution) {
    reviews.restoreListing(recordId(execution));
  }

  /** Before the exit call: the grounds the committee will read. */
  public void referForExit(DelegateExecution execution) {
    execution.setVariable(VAR_EXIT_GROUNDS, FormViews.fit(reviews.exitGrounds(recordId(execution))));
  }

  /** After the exit call: which exit case decided. */
  public void exitDecided(DelegateExecution execution) {
    Object reference = execution.getVariable(QualificationExitProcess.VAR_EXIT_REFERENCE);
    if (reference != null) {
      reviews.referredForExit(recordId(execution), (String) reference);
    }
  }

  public void finish(DelegateExecution execution, String result) {
    reviews.finish(recordId(execution), ReviewResult.valueOf(result));
  }

  private static void decisionInputs(DelegateExecution execution, Indicators indicators) {
    execution.setVariable(VAR_CERTIFICATES_IN_BEIJING, indicators.certificatesInBeijing());
    execution.setVariable(VAR_TECHNICAL_COMPLIANCE, indicators.technicalCompliance().name());
    execution.setVariable(VAR_HOLDER_OUTCOMES, indicators.holderOutcomes().name());
    execution.setVariable(VAR_ISSUER_RESPONSIVE, indicators.issuerResponsive());
  }

  private static void prefill(DelegateTask task, String field, Object value) {
    if (value != null) {
      task.getExecution().setVariableLocal(field, value instanceof Enum<?> e ? e.name() : value);
    }
  }

  private static long recordId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_RECORD_ID)).longValue();
  }

}
