package org.qualcat.committee;

import static org.qualcat.committee.CommitteeReviewProcess.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualcat.notification.Notifications;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;

/**
 * The mails of a committee review (templates {@code templates/mail/review-*.txt}), sent through
 * {@link Notifications}: to the experts, the secretariat and the committee, naming the matter and its proposal.
 */
@org.springframework.stereotype.Component
class CommitteeMails {


  private final Notifications notifications;
  private final StaffDirectory staff;

  CommitteeMails(Notifications notifications, StaffDirectory staff) {
    this.notifications = notifications;
    this.staff = staff;
  }

  /** Tells an expert a scoring task is waiting for them. */
  void scoringAssigned(CommitteeReview review, String expert, Instant dueAt) {
    toUser(expert, MAIL_SCORING_ASSIGNED, review, Map.of("dueAt", BureauTime.dateTime(dueAt)));
  }

  void scoringReminder(CommitteeReview review, String expert, Instant dueAt) {
    toUser(expert, MAIL_SCORING_REMINDER, review, Map.of("dueAt", BureauTime.dateTime(dueAt)));
  }

  /** Asks the secretariat to follow an overdue scoring up. */
  void scoringOverdue(CommitteeReview review, String expert, Instant dueAt) {
    toGroup(Roles.SECRETARIAT, MAIL_SCORING_OVERDUE, review, Map.of("expert", expert, "dueAt",
        BureauTime.dateTime(dueAt)));
  }

  /** The matter is before the committee. */
  void decisionDue(CommitteeReview review) {
    toGroup(Roles.COMMITTEE, MAIL_DECISION_DUE, review, Map.of());
  }

  void informationRequested(CommitteeReview review, String informationNeeded) {
    toGroup(Roles.SECRETARIAT, MAIL_INFORMATION_REQUESTED, review, Map.of("informationNeeded", informationNeeded));
  }

  void objectionRaised(CommitteeReview review, String grounds) {
    toGroup(Roles.COMMITTEE, MAIL_OBJECTION_RAISED, review, Map.of("grounds", grounds));
  }

  private void toUser(String user, String template, CommitteeReview review, Map<String, Object> extra) {
    staff.emailOf(user).ifPresent(email ->
        notifications.send(template, List.of(email), model(review, extra), review.getSubjectReference()));
  }

  private void toGroup(String group, String template, CommitteeReview review, Map<String, Object> extra) {
    List<String> emails = staff.emailsOf(group);
    if (!emails.isEmpty()) {
      notifications.send(template, emails, model(review, extra), review.getSubjectReference());
    }
  }

  private static Map<String, Object> model(CommitteeReview review, Map<String, Object> extra) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put("reference", review.getSubjectReference());
    model.put("subjectType", review.getSubjectType().name().toLowerCase(Locale.ROOT));
    model.put("qualificationCode", review.getQualificationCode());
    model.put("qualificationName", review.getQualificationName());
    model.put("proposal", review.getProposal());
    return model;
  }
}
