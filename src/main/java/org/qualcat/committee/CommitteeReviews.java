package org.qualcat.committee;

import static org.qualcat.committee.CommitteeReviewProcess.FIELD_EXPERTS;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_REPLACEMENT_EXPERT;
import static org.qualcat.committee.CommitteeReviewProcess.TIMER_EXPERT_SCORING;
import static org.qualcat.committee.CommitteeReviewProcess.TIMER_PUBLIC_NOTICE;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_EXPERT;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualcat.audit.AuditTrail;
import org.qualcat.process.ProcessTimers;
import org.qualcat.process.Refusal;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's work on one matter, step by step as {@code committee-review} runs it (called only through
 * {@link CommitteeReviewSteps}): experts assigned and scoring, reminders and escalations, the committee's
 * resolutions, information added on request, the public notice, and the outcome. Everything is recorded in the
 * review's file and the audit trail; people are told by mail ({@link CommitteeMails}).
 */
@Service
@Transactional
class CommitteeReviews {

  static final int MAX_EXPERTS = 7;

  private final CommitteeReviewRepository reviews;
  private final StaffDirectory staff;
  private final CommitteeMails mails;
  private final ProcessTimers timers;
  private final AuditTrail audit;
  private final Clock clock;

  CommitteeReviews(CommitteeReviewRepository reviews, StaffDirectory staff, CommitteeMails mails,
      ProcessTimers timers, AuditTrail audit, Clock clock) {
    this.reviews = reviews;
    this.staff = staff;
    this.mails = mails;
    this.timers = timers;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens the review's file; returns its id. */
  long open(CommitteeReviewRequest request, String processInstanceId) {
    return reviews.save(new CommitteeReview(request.subjectType(), request.subjectReference(),
        request.qualificationCode(), request.qualificationName(), request.proposal(), processInstanceId,
        clock.instant())).getId();
  }

  /** Assigns the experts the secretariat chose (user ids). */
  void assignExperts(long reviewId, List<String> chosen, String by) {
    CommitteeReview review = reviews.review(reviewId);
    Set<String> experts = new LinkedHashSet<>(chosen.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    if (experts.isEmpty() || experts.size() > MAX_EXPERTS) {
      throw Refusal.EXPERT_COUNT.invalid(FIELD_EXPERTS, "must name 1 to " + MAX_EXPERTS + " experts", MAX_EXPERTS);
    }
    List<String> unknown = experts.stream().filter(e -> !staff.isMember(e, Roles.EXPERTS)).toList();
    if (!unknown.isEmpty()) {
      throw Refusal.NOT_AN_EXPERT.invalid(FIELD_EXPERTS, "not an expert reviewer: " + String.join(", ", unknown),
          unknown.stream().map(staff::name).collect(Collectors.joining(", ")));
    }
    Instant dueAt = timers.dueIn(TIMER_EXPERT_SCORING).toInstant();
    for (String expert : experts) {
      review.assign(expert, by, clock.instant(), dueAt);
    }
    audit.decision(CommitteeAuditActions.EXPERTS_ASSIGNED, review.getSubjectReference(), String.join(", ", experts));
  }

  /** Tells an expert a scoring task is waiting for them. */
  void scoringOffered(long reviewId, String expert) {
    CommitteeReview review = reviews.review(reviewId);
    mails.scoringAssigned(review, expert, review.assignmentOf(expert).getDueAt());
  }

  void remind(long reviewId, String expert) {
    CommitteeReview review = reviews.review(reviewId);
    ReviewAssignment assignment = review.assignmentOf(expert);
    assignment.reminded(clock.instant());
    mails.scoringReminder(review, expert, assignment.getDueAt());
  }

  /** The scoring is overdue: recorded, and the secretariat is asked to follow it up. */
  void escalate(long reviewId, String expert) {
    CommitteeReview review = reviews.review(reviewId);
    ReviewAssignment assignment = review.assignmentOf(expert);
    assignment.escalated(clock.instant());
    mails.scoringOverdue(review, expert, assignment.getDueAt());
  }

  /** The secretariat's follow-up of an overdue scoring; returns the expert who scores from now on. */
  String followUp(long reviewId, String expert, FollowUp choice, String replacement, String by) {
    CommitteeReview review = reviews.review(reviewId);
    ReviewAssignment overdue = review.assignmentOf(expert);
    Instant dueAt = timers.dueIn(TIMER_EXPERT_SCORING).toInstant();
    if (choice == FollowUp.EXTEND) {
      overdue.extend(dueAt);
      audit.decision(CommitteeAuditActions.SCORING_FOLLOWED_UP, review.getSubjectReference(), "deadline of " + expert
          + " extended");
      return expert;
    }
    if (replacement == null || !staff.isMember(replacement, Roles.EXPERTS)) {
      throw Refusal.REPLACEMENT_NOT_AN_EXPERT.invalid(FIELD_REPLACEMENT_EXPERT, "must be one of the expert reviewers");
    }
    if (review.currentAssignmentOf(replacement).isPresent()) {
      throw Refusal.REPLACEMENT_ALREADY_SCORES.invalid(FIELD_REPLACEMENT_EXPERT, staff.name(replacement)
          + " already scores this matter", staff.name(replacement));
    }
    overdue.replaceBy(replacement);
    review.assign(replacement, by, clock.instant(), dueAt);
    audit.decision(CommitteeAuditActions.SCORING_FOLLOWED_UP, review.getSubjectReference(), "scoring of " + expert
        + " handed to " + replacement);
    return replacement;
  }

  void recordScore(long reviewId, String expert, Scores scores, Recommendation recommendation, String comment) {
    CommitteeReview review = reviews.review(reviewId);
    review.assignmentOf(expert);
    if (review.getScores().stream().anyMatch(s -> s.getExpert().equals(expert))) {
      throw Refusal.ALREADY_SCORED.invalid(VAR_EXPERT, expert + " has already scored this matter");
    }
    ExpertScore score = new ExpertScore(review, expert, scores.recognition(), scores.rigour(), scores.demand(),
        scores.verifiability(), recommendation, comment, clock.instant());
    review.score(score);
    audit.decision(CommitteeAuditActions.EXPERT_SCORED, review.getSubjectReference(), String.format(Locale.ROOT,
        "%s: %d/%d/%d/%d (average %.2f), %s", expert, scores.recognition(), scores.rigour(), scores.demand(),
        scores.verifiability(), score.average(), recommendation));
  }

  /** An expert's four scores, each from {@link ExpertScore#MIN} to {@link ExpertScore#MAX}. */
  record Scores(int recognition, int rigour, int demand, int verifiability) {
  }

  /** The matter is before the committee: its members are told. */
  void convene(long reviewId) {
    CommitteeReview review = reviews.review(reviewId);
    review.toCommittee();
    mails.decisionDue(review);
  }

  void resolve(long reviewId, CommitteeDecision decision, Votes votes, String resolution, String informationNeeded,
      String by) {
    FieldError disagreement = decision.disagreementWith(votes.votesFor(), votes.against());
    if (disagreement != null) {
      throw new InvalidInputException(List.of(disagreement));
    }
    CommitteeReview review = reviews.review(reviewId);
    review.resolve(new CommitteeResolution(review, decision, votes.votesFor(), votes.against(), votes.abstained(),
        resolution, informationNeeded, by, clock.instant()));
    audit.decision(switch (decision) {
      case APPROVE -> CommitteeAuditActions.COMMITTEE_APPROVED;
      case REJECT -> CommitteeAuditActions.COMMITTEE_REJECTED;
      case SEND_BACK -> CommitteeAuditActions.COMMITTEE_SENT_BACK;
    }, review.getSubjectReference(), "votes for " + votes.votesFor() + ", against " + votes.against()
        + ", abstained " + votes.abstained());
    if (decision == CommitteeDecision.SEND_BACK) {
      mails.informationRequested(review, informationNeeded);
    }
  }

  /** The committee's votes on a matter. */
  record Votes(int votesFor, int against, int abstained) {
  }

  void addInformation(long reviewId, String information, String by) {
    CommitteeReview review = reviews.review(reviewId);
    review.addInformation(new ReviewInformation(review, information, by, clock.instant()));
    audit.decision(CommitteeAuditActions.INFORMATION_ADDED, review.getSubjectReference(), null);
  }

  /** Opens the public notice period; returns when it ends. */
  Instant startNotice(long reviewId) {
    Instant endsAt = timers.workingDaysFromNow(TIMER_PUBLIC_NOTICE).toInstant();
    reviews.review(reviewId).startNotice(clock.instant(), endsAt);
    return endsAt;
  }

  /** Closes the review; returns what it gives back to its caller. */
  CommitteeOutcome close(long reviewId, ReviewOutcome outcome) {
    CommitteeReview review = reviews.review(reviewId);
    review.close(outcome, clock.instant());
    return CommitteeOutcome.of(review);
  }
}
