package org.qualcat.title;

import static org.qualcat.title.TitleGrantProcess.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualcat.audit.AuditTrail;
import org.qualcat.process.BureauTime;
import org.qualcat.process.Refusal;
import org.qualcat.process.TaskActor;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code title-grant} does at each step (bean {@code titleSteps}): the title office's forms checked when they are
 * completed (a broken rule is a 400 with one sentence in the Tasklist), and each outcome written to the application,
 * its timeline, the audit trail and the applicant's mail in the step's transaction.
 */
@Component("titleSteps")
@Transactional
public class TitleSteps {

  static final int MAX_TEXT = 2000;

  private final TitleApplicationRepository applications;
  private final TitleApplications service;
  private final TitleMails mails;
  private final AuditTrail audit;
  private final Clock clock;

  TitleSteps(TitleApplicationRepository applications, TitleApplications service, TitleMails mails, AuditTrail audit,
      Clock clock) {
    this.applications = applications;
    this.service = service;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /** The title office's (or the committee's, or the exam's) decision: GRANT, or REFUSE with the reason. */
  public void decided(DelegateTask task) {
    Object decision = task.getVariable(VAR_DECISION);
    if (!GRANT.equals(decision) && !REFUSE.equals(decision)) {
      throw Refusal.CHOICE.invalid(VAR_DECISION, "must be " + GRANT + " or " + REFUSE);
    }
    String note = text(task.getVariable(VAR_DECISION_NOTE), VAR_DECISION_NOTE, REFUSE.equals(decision));
    task.setVariable(VAR_DECISION_NOTE, REFUSE.equals(decision) ? note : null);
    task.setVariable(VAR_DECIDED_BY, TaskActor.of(task));
  }

  /** The list of exempted courses or exam subjects: required plain text, one per line. */
  public void exemptionsListed(DelegateTask task) {
    task.setVariable(VAR_EXEMPTIONS, text(task.getVariable(VAR_EXEMPTIONS), VAR_EXEMPTIONS, true));
    task.setVariable(VAR_DECIDED_BY, TaskActor.of(task));
  }

  /** Issues the list to the applicant, who takes it to the exam authority; the exam result is awaited. */
  public void issueExemptions(DelegateExecution execution) {
    TitleApplication application = of(execution);
    String list = (String) execution.getVariable(VAR_EXEMPTIONS);
    application.exemptionsIssued(list, clock.instant());
    service.record(application, TitleEventKind.EXEMPTIONS_ISSUED, list, actor(execution));
    audit.decision(TitleAuditActions.TITLE_EXEMPTIONS_ISSUED, application.getReference(), application.getRoute()
        .name());
    mails.exemptionsIssued(application);
  }

  public void grant(DelegateExecution execution) {
    TitleApplication application = of(execution);
    application.decided(true, null, actor(execution), clock.instant(), BureauTime.today(clock));
    service.record(application, TitleEventKind.GRANTED, null, actor(execution));
    audit.decision(TitleAuditActions.TITLE_GRANTED, application.getReference(), application.getAppliedLevel() + " in "
        + application.getTitleSeries() + " on result " + application.getCaseReference());
    mails.granted(application);
  }

  public void refuse(DelegateExecution execution) {
    TitleApplication application = of(execution);
    String note = (String) execution.getVariable(VAR_DECISION_NOTE);
    application.decided(false, note, actor(execution), clock.instant(), BureauTime.today(clock));
    service.record(application, TitleEventKind.REFUSED, note, actor(execution));
    audit.decision(TitleAuditActions.TITLE_REFUSED, application.getReference(), application.getRoute().name());
    mails.refused(application);
  }

  /** No exam result within the time allowed: the application lapses. */
  public void lapse(DelegateExecution execution) {
    TitleApplication application = of(execution);
    application.ended(TitleStatus.LAPSED, clock.instant());
    service.record(application, TitleEventKind.LAPSED, null, SYSTEM_ACTOR);
    audit.decision(TitleAuditActions.TITLE_LAPSED, application.getReference(), "no exam result in time");
    mails.lapsed(application);
  }

  public void withdrawn(DelegateExecution execution) {
    TitleApplication application = of(execution);
    application.ended(TitleStatus.WITHDRAWN, clock.instant());
    service.record(application, TitleEventKind.WITHDRAWN, null, actor(execution));
    audit.decision(TitleAuditActions.TITLE_WITHDRAWN, application.getReference(), "by the applicant");
  }

  /** A published edition removed the qualification: the open application ends, and the applicant is told. */
  public void qualificationRemoved(DelegateExecution execution) {
    TitleApplication application = of(execution);
    String edition = (String) execution.getVariable(VAR_REMOVED_BY_EDITION);
    application.ended(TitleStatus.QUALIFICATION_REMOVED, clock.instant());
    service.record(application, TitleEventKind.QUALIFICATION_REMOVED, null, SYSTEM_ACTOR);
    audit.decision(TitleAuditActions.TITLE_ENDED_ON_REMOVAL, application.getReference(), "qualification "
        + application.getQualificationCode() + " removed by edition " + edition);
    mails.qualificationRemoved(application);
  }

  private TitleApplication of(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    return applications.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("no title application " + reference));
  }

  private static String actor(DelegateExecution execution) {
    Object by = execution.getVariable(VAR_DECIDED_BY);
    return by instanceof String s && !s.isBlank() ? s : SYSTEM_ACTOR;
  }

  /** A text of a form checked as an application's texts are (plain text, at most 2,000 characters), or refused. */
  private static String text(Object value, String field, boolean required) {
    if (required && !(value instanceof String s && !s.isBlank())) {
      throw Refusal.NOT_BLANK.invalid(field, "must be given");
    }
    List<FieldError> errors = new ArrayList<>();
    String text = NewTitleApplication.text(value instanceof String s ? s : null, field, MAX_TEXT, true, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return text;
  }
}
