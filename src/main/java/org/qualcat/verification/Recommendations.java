package org.qualcat.verification;

import static org.qualcat.verification.VerificationProcess.NOT_RECOMMENDED;
import static org.qualcat.verification.VerificationProcess.RECOMMENDED;
import static org.qualcat.verification.VerificationProcess.SYSTEM_ACTOR;
import static org.qualcat.verification.VerificationProcess.VAR_CONTRIBUTIONS;
import static org.qualcat.verification.VerificationProcess.VAR_RECOMMENDED;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualcat.employer.Employers;
import org.qualcat.process.BureauTime;
import org.qualcat.process.ProcessTimers;
import org.qualcat.process.Refusal;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's recommendation for talent introduction (notice I.(II)2, ADR 0028 decision 5): when a verified result
 * grants it and the case was submitted by an organisation's HR staff, the process asks them (a task whose candidates
 * are the organisation's HR users, so no other organisation sees it); they answer on the case page; the answer, or its
 * absence when the time runs out, is kept with the case and in its timeline.
 */
@Service
@Transactional
public class Recommendations {

  static final int MAX_CONTRIBUTIONS = 2000;

  private final VerificationCaseRepository cases;
  private final Employers employers;
  private final CaseTimeline timeline;
  private final TaskService tasks;
  private final VerificationMails mails;
  private final ProcessTimers timers;
  private final Clock clock;

  Recommendations(VerificationCaseRepository cases, Employers employers, CaseTimeline timeline, TaskService tasks,
      VerificationMails mails, ProcessTimers timers, Clock clock) {
    this.mails = mails;
    this.timers = timers;
    this.cases = cases;
    this.employers = employers;
    this.timeline = timeline;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** Whether the result grants talent introduction to a holder whose case an organisation submitted. */
  @Transactional(readOnly = true)
  boolean wanted(String reference) {
    VerificationCase c = cases.getByReference(reference);
    return c.getEmployerId() != null && c.getBenefits().contains(HolderBenefit.TALENT_INTRODUCTION);
  }

  /**
   * Asks the organisation: the case records the request, its HR staff are mailed; the answer is due from them, who
   * are returned.
   */
  List<String> ask(String reference) {
    VerificationCase c = cases.getByReference(reference);
    c.recommendationRequested(clock.instant());
    timeline.record(c, EventKind.RECOMMENDATION_REQUESTED, null, SYSTEM_ACTOR);
    List<String> hrStaff = employers.memberIds(c.getEmployerId());
    mails.recommendationRequested(c, hrStaff, LocalDate.ofInstant(timers.dueIn(
        VerificationProcess.TIMER_RECOMMENDATION_DEADLINE).toInstant(), BureauTime.ZONE));
    return hrStaff;
  }

  /**
   * The organisation's answer, as the task's form or the case page gives it: {@code RECOMMENDED} with the
   * contributions on duty it rests on, or {@code NOT_RECOMMENDED}. Refused (400, in one sentence) otherwise.
   */
  void given(String reference, Object answer, Object contributions, String by) {
    Answer checked = Answer.of(answer, contributions);
    boolean recommended = checked.recommended();
    String text = checked.contributions();
    VerificationCase c = cases.getByReference(reference);
    c.recommendationGiven(recommended, recommended ? text : null, by, clock.instant());
    timeline.record(c, recommended ? EventKind.RECOMMENDED : EventKind.NOT_RECOMMENDED, recommended ? text : null,
        by);
    timeline.audit(VerificationAuditActions.VERIFICATION_RECOMMENDATION, c, recommended ? "recommended"
        : "not recommended");
  }

  /** An answer checked: recommended or not, and the contributions stated (required with a recommendation). */
  record Answer(boolean recommended, String contributions) {

    static Answer of(Object answer, Object contributions) {
      boolean recommended;
      if (RECOMMENDED.equals(answer)) {
        recommended = true;
      } else if (NOT_RECOMMENDED.equals(answer)) {
        recommended = false;
      } else {
        throw Refusal.CHOICE.invalid(VAR_RECOMMENDED, "must be " + RECOMMENDED + " or " + NOT_RECOMMENDED);
      }
      String text = contributions instanceof String s && !s.isBlank() ? s.strip() : null;
      if (recommended && text == null) {
        throw Refusal.NOT_BLANK.invalid(VAR_CONTRIBUTIONS, "must state the contributions on duty the "
            + "recommendation rests on");
      }
      if (text != null && text.length() > MAX_CONTRIBUTIONS) {
        throw Refusal.SIZE.invalid(VAR_CONTRIBUTIONS, "must be at most " + MAX_CONTRIBUTIONS + " characters",
            MAX_CONTRIBUTIONS);
      }
      if (text != null && PlainText.Rules.problem(text, true) != null) {
        throw Refusal.PLAIN_TEXT.invalid(VAR_CONTRIBUTIONS, PlainText.Rules.problem(text, true));
      }
      return new Answer(recommended, text);
    }
  }

  void lapsed(String reference) {
    VerificationCase c = cases.getByReference(reference);
    c.recommendationLapsed(clock.instant());
    timeline.record(c, EventKind.RECOMMENDATION_LAPSED, null, SYSTEM_ACTOR);
  }

  /**
   * HR staff answer on the case page: the case's open recommendation task, completed as the signed-in HR user (one of
   * its candidates). Not found (404) for anyone the case is not followed by, or when nothing is asked.
   */
  public void answer(String reference, String answer, String contributions, Caller caller) {
    VerificationCase c = cases.findByReference(reference).filter(caller::follows)
        .filter(x -> caller.isEmployer()).orElseThrow(() -> new NotFoundException("no recommendation asked for "
            + reference));
    Task task = open(c.getReference(), caller.user());
    if (task == null) {
      throw new NotFoundException("no recommendation asked for " + reference);
    }
    Answer.of(answer, contributions); // refused here in one sentence, not wrapped by the engine's listener call
    // Qualcat's own call (checked above: the caller's organisation, one of the task's candidates), not the engine
    // API's: the HR user, who has no Tasklist and no engine permissions, takes the task and answers it
    tasks.setAssignee(task.getId(), caller.user());
    tasks.complete(task.getId(), Map.of(VAR_RECOMMENDED, answer == null ? "" : answer, VAR_CONTRIBUTIONS,
        contributions == null ? "" : contributions));
  }

  /** Whether the case waits for {@code user}'s organisation's recommendation. */
  @Transactional(readOnly = true)
  public boolean asked(String reference, String user) {
    return open(reference, user) != null;
  }

  private Task open(String reference, String user) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(VerificationProcess.TASK_RECOMMEND).taskCandidateUser(user).singleResult();
  }
}
