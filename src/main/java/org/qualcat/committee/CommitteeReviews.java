package org.qualcat.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.qualcat.audit.AuditTrail;
import org.qualcat.notification.Notifications;
import org.qualcat.process.Bilingual;
import org.qualcat.process.ProcessTimers;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.qualcat.system.ConflictException;
import org.qualcat.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's work on one matter, step by step as {@code committee-review} runs it: experts assigned and
 * scoring, reminders and escalations, the committee's resolutions, information added on request, the public notice
 * and its objections, and the outcome. Everything is recorded in the review's file; people are told by mail.
 */
@Service
@Transactional
public class CommitteeReviews {

  /** How many experts the secretariat is proposed (the least loaded). */
  public static final int DEFAULT_EXPERTS = 3;
  public static final int MAX_EXPERTS = 7;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'Beijing time'")
      .withZone(BureauTime.ZONE);
  private static final Set<ReviewStatus> OPEN = EnumSet.of(ReviewStatus.ASSIGNING_EXPERTS,
      ReviewStatus.EXPERT_REVIEW, ReviewStatus.COMMITTEE, ReviewStatus.MORE_INFORMATION, ReviewStatus.PUBLIC_NOTICE);

  private final CommitteeReviewRepository reviews;
  private final StaffDirectory staff;
  private final Notifications notifications;
  private final ProcessTimers timers;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final Clock clock;
  private final Bilingual words;

  CommitteeReviews(CommitteeReviewRepository reviews, StaffDirectory staff, Notifications notifications,
      ProcessTimers timers, RuntimeService runtime, AuditTrail audit, Clock clock, Bilingual words) {
    this.reviews = reviews;
    this.staff = staff;
    this.notifications = notifications;
    this.timers = timers;
    this.runtime = runtime;
    this.audit = audit;
    this.clock = clock;
    this.words = words;
  }

  public CommitteeReview open(SubjectType type, String subjectReference, String qualificationCode,
      String qualificationName, String proposal, String processInstanceId) {
    return reviews.save(new CommitteeReview(type, subjectReference, qualificationCode, qualificationName, proposal,
        processInstanceId, clock.instant()));
  }

  /** An expert reviewer the secretariat may choose: id, name and how many scorings they have open. */
  public record ExpertChoice(String id, String name, long openScorings) {
  }

  /** The expert reviewers, those with the fewest open scoring assignments first. */
  @Transactional(readOnly = true)
  public List<ExpertChoice> expertChoices() {
    Map<String, Long> load = new HashMap<>();
    for (Object[] row : reviews.openAssignmentsPerExpert(OPEN)) {
      load.put((String) row[0], (Long) row[1]);
    }
    return staff.namesOf(Roles.EXPERTS).entrySet().stream()
        .map(e -> new ExpertChoice(e.getKey(), e.getValue(), load.getOrDefault(e.getKey(), 0L)))
        .sorted(Comparator.comparingLong(ExpertChoice::openScorings).thenComparing(ExpertChoice::id))
        .toList();
  }

  /** Assigns the experts the secretariat chose (user ids) and tells each of them. */
  public void assignExperts(long reviewId, List<String> chosen, String by) {
    CommitteeReview review = review(reviewId);
    Set<String> experts = new LinkedHashSet<>(chosen.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    if (experts.isEmpty() || experts.size() > MAX_EXPERTS) {
      throw new BadUserRequestException(CommitteeReviewProcess.FIELD_EXPERTS + " must name 1 to " + MAX_EXPERTS
          + " experts");
    }
    List<String> unknown = experts.stream().filter(e -> !staff.isMember(e, Roles.EXPERTS)).toList();
    if (!unknown.isEmpty()) {
      throw new BadUserRequestException(CommitteeReviewProcess.FIELD_EXPERTS + ": not an expert reviewer: "
          + String.join(", ", unknown));
    }
    Instant dueAt = timers.dueIn("expert-scoring").toInstant();
    for (String expert : experts) {
      review.assign(expert, by, clock.instant(), dueAt);
    }
    audit.decision(CommitteeAuditActions.EXPERTS_ASSIGNED, review.getSubjectReference(), String.join(", ", experts));
  }

  /** The experts currently responsible for scoring, one scoring task each. */
  @Transactional(readOnly = true)
  public List<String> currentExperts(long reviewId) {
    return review(reviewId).getAssignments().stream().filter(a -> a.getReplacedBy() == null)
        .map(ReviewAssignment::getExpert).toList();
  }

  @Transactional(readOnly = true)
  public Instant scoringDueAt(long reviewId, String expert) {
    return assignment(review(reviewId), expert).getDueAt();
  }

  /** Tells an expert a scoring task is waiting for them. */
  public void scoringOffered(long reviewId, String expert) {
    CommitteeReview review = review(reviewId);
    mailUser(expert, "review-scoring-assigned", review, Map.of("dueAt", DATE_TIME.format(assignment(review, expert)
        .getDueAt())));
  }

  public void remind(long reviewId, String expert) {
    CommitteeReview review = review(reviewId);
    ReviewAssignment assignment = assignment(review, expert);
    assignment.reminded(clock.instant());
    mailUser(expert, "review-scoring-reminder", review, Map.of("dueAt", DATE_TIME.format(assignment.getDueAt())));
  }

  /** The scoring is overdue: recorded, and the secretariat is asked to follow it up. */
  public void escalate(long reviewId, String expert) {
    CommitteeReview review = review(reviewId);
    ReviewAssignment assignment = assignment(review, expert);
    assignment.escalated(clock.instant());
    mailGroup(Roles.SECRETARIAT, "review-scoring-overdue", review,
        Map.of("expert", expert, "dueAt", DATE_TIME.format(assignment.getDueAt())));
  }

  /** The secretariat's follow-up of an overdue scoring; returns the expert who scores from now on. */
  public String followUp(long reviewId, String expert, FollowUp choice, String replacement, String by) {
    CommitteeReview review = review(reviewId);
    ReviewAssignment overdue = assignment(review, expert);
    Instant dueAt = timers.dueIn("expert-scoring").toInstant();
    if (choice == FollowUp.EXTEND) {
      overdue.extend(dueAt);
      audit.decision(CommitteeAuditActions.SCORING_FOLLOWED_UP, review.getSubjectReference(), "deadline of " + expert
          + " extended");
      return expert;
    }
    if (replacement == null || !staff.isMember(replacement, Roles.EXPERTS)) {
      throw new BadUserRequestException(CommitteeReviewProcess.FIELD_REPLACEMENT_EXPERT
          + " must be one of the expert reviewers");
    }
    if (review.currentAssignmentOf(replacement).isPresent()) {
      throw new BadUserRequestException(CommitteeReviewProcess.FIELD_REPLACEMENT_EXPERT + ": "
          + staff.name(replacement) + " already scores this matter");
    }
    overdue.replaceBy(replacement);
    review.assign(replacement, by, clock.instant(), dueAt);
    audit.decision(CommitteeAuditActions.SCORING_FOLLOWED_UP, review.getSubjectReference(), "scoring of " + expert
        + " handed to " + replacement);
    return replacement;
  }

  public void recordScore(long reviewId, String expert, int recognition, int rigour, int demand, int verifiability,
      Recommendation recommendation, String comment) {
    CommitteeReview review = review(reviewId);
    assignment(review, expert);
    if (review.getScores().stream().anyMatch(s -> s.getExpert().equals(expert))) {
      throw new BadUserRequestException(expert + " has already scored this matter");
    }
    ExpertScore score = new ExpertScore(review, expert, recognition, rigour, demand, verifiability, recommendation,
        comment, clock.instant());
    review.score(score);
    audit.decision(CommitteeAuditActions.EXPERT_SCORED, review.getSubjectReference(), String.format(Locale.ROOT,
        "%s: %d/%d/%d/%d (average %.2f), %s", expert, recognition, rigour, demand, verifiability, score.average(),
        recommendation));
  }

  /** The matter is before the committee: its members are told. */
  public void convene(long reviewId) {
    CommitteeReview review = review(reviewId);
    review.toCommittee();
    mailGroup(Roles.COMMITTEE, "review-committee-decision-due", review, Map.of());
  }

  public void resolve(long reviewId, CommitteeDecision decision, int votesFor, int votesAgainst, int votesAbstained,
      String resolution, String informationNeeded, String by) {
    String disagreement = decision.disagreementWith(votesFor, votesAgainst);
    if (disagreement != null) {
      throw new BadUserRequestException(disagreement);
    }
    CommitteeReview review = review(reviewId);
    review.resolve(new CommitteeResolution(review, decision, votesFor, votesAgainst, votesAbstained, resolution,
        informationNeeded, by, clock.instant()));
    audit.decision(switch (decision) {
      case APPROVE -> CommitteeAuditActions.COMMITTEE_APPROVED;
      case REJECT -> CommitteeAuditActions.COMMITTEE_REJECTED;
      case SEND_BACK -> CommitteeAuditActions.COMMITTEE_SENT_BACK;
    }, review.getSubjectReference(), "votes for " + votesFor + ", against " + votesAgainst + ", abstained "
        + votesAbstained);
    if (decision == CommitteeDecision.SEND_BACK) {
      mailGroup(Roles.SECRETARIAT, "review-information-requested", review,
          Map.of("informationNeeded", informationNeeded));
    }
  }

  public void addInformation(long reviewId, String information, String by) {
    CommitteeReview review = review(reviewId);
    review.addInformation(new ReviewInformation(review, information, by, clock.instant()));
    audit.decision(CommitteeAuditActions.INFORMATION_ADDED, review.getSubjectReference(), null);
  }

  /** Opens the public notice period; returns when it ends. */
  public Instant startNotice(long reviewId) {
    Instant endsAt = timers.workingDaysFromNow("public-notice").toInstant();
    review(reviewId).startNotice(clock.instant(), endsAt);
    return endsAt;
  }

  /**
   * Lodges an objection against a matter under public notice and returns it to the committee. Refused (409) when
   * the matter is not under notice.
   */
  public Objection object(String subjectReference, String grounds, String by) {
    CommitteeReview review = reviews.findBySubjectReferenceOrderByIdDesc(subjectReference).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("no matter " + subjectReference + " before the committee"));
    if (review.getStatus() != ReviewStatus.PUBLIC_NOTICE) {
      throw new ConflictException(subjectReference + " is not under public notice; objections are taken only then");
    }
    Objection objection = new Objection(review, grounds, by, clock.instant());
    review.object(objection);
    // the grounds are the objector's own words, possibly about people: the trail says only that there was one
    audit.decision(CommitteeAuditActions.OBJECTION_RAISED, subjectReference, "returned to the committee");
    reviews.flush();
    try {
      runtime.createMessageCorrelation(CommitteeReviewProcess.MESSAGE_OBJECTION_RAISED)
          .processInstanceId(review.getProcessInstanceId())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException(subjectReference + " is not under public notice any more");
    }
    mailGroup(Roles.COMMITTEE, "review-objection-raised", review, Map.of("grounds", grounds));
    return objection;
  }

  public void close(long reviewId, ReviewOutcome outcome) {
    review(reviewId).close(outcome, clock.instant());
  }

  /** The committee's last resolution on a subject, if it has decided. */
  @Transactional(readOnly = true)
  public java.util.Optional<CommitteeResolution> lastResolution(String subjectReference) {
    return reviews.findBySubjectReferenceOrderByIdDesc(subjectReference).stream().findFirst()
        .flatMap(r -> r.getResolutions().isEmpty() ? java.util.Optional.empty()
            : java.util.Optional.of(r.getResolutions().get(r.getResolutions().size() - 1)));
  }

  /** The file of the latest review of a subject, for the decision record. */
  @Transactional(readOnly = true)
  public java.util.Optional<ReviewRecordView> record(String subjectReference, boolean withExperts) {
    return reviews.findBySubjectReferenceOrderByIdDesc(subjectReference).stream().findFirst()
        .map(r -> ReviewRecordView.of(r, withExperts));
  }

  /** Matters under public notice, the earliest to end first. */
  @Transactional(readOnly = true)
  public List<NoticeView> notices() {
    return reviews.findByStatusOrderByNoticeEndsAt(ReviewStatus.PUBLIC_NOTICE).stream().map(NoticeView::of).toList();
  }

  /** What the committee's form shows about the scores so far. */
  @Transactional(readOnly = true)
  public String scoresSummary(long reviewId) {
    List<ExpertScore> scores = review(reviewId).getScores();
    if (scores.isEmpty()) {
      return words.both("forms.none");
    }
    List<String> lines = new ArrayList<>();
    for (ExpertScore s : scores) {
      lines.add(staff.name(s.getExpert()) + ": " + words.both("forms.scores.line", s.getRecognition(),
          s.getRigour(), s.getDemand(), s.getVerifiability(), String.format(Locale.ROOT, "%.1f", s.average()),
          words.word("forms.recommendation", s.getRecommendation()))
          + (s.getComment() == null ? "" : ". " + s.getComment()));
    }
    long support = scores.stream().filter(s -> s.getRecommendation() == Recommendation.SUPPORT).count();
    lines.add(words.both("forms.scores.average", String.format(Locale.ROOT, "%.2f",
        scores.stream().mapToDouble(ExpertScore::average).average().orElse(0)), support, scores.size()));
    return String.join("\n", lines);
  }

  @Transactional(readOnly = true)
  public String objectionsSummary(long reviewId) {
    List<Objection> objections = review(reviewId).getObjections();
    return objections.isEmpty() ? words.both("forms.none") : objections.stream()
        .map(o -> DATE_TIME.format(o.getLodgedAt()) + ", " + staff.name(o.getLodgedBy()) + ": " + o.getGrounds())
        .collect(Collectors.joining("\n"));
  }

  @Transactional(readOnly = true)
  public String informationSummary(long reviewId) {
    CommitteeReview review = review(reviewId);
    List<String> lines = new ArrayList<>();
    for (CommitteeResolution r : review.getResolutions()) {
      if (r.getDecision() == CommitteeDecision.SEND_BACK) {
        lines.add(words.both("forms.information.asked", DATE_TIME.format(r.getDecidedAt())) + ": "
            + r.getInformationNeeded());
      }
    }
    for (ReviewInformation i : review.getInformation()) {
      lines.add(words.both("forms.information.added", DATE_TIME.format(i.getProvidedAt()),
          staff.name(i.getProvidedBy())) + ": " + i.getInformation());
    }
    return lines.isEmpty() ? words.both("forms.none") : String.join("\n", lines);
  }

  /** The latest information the committee asked for. */
  @Transactional(readOnly = true)
  public String informationNeeded(long reviewId) {
    List<CommitteeResolution> resolutions = review(reviewId).getResolutions();
    return resolutions.isEmpty() ? "" : resolutions.get(resolutions.size() - 1).getInformationNeeded();
  }

  public static String format(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  CommitteeReview review(long reviewId) {
    return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("no committee review " + reviewId));
  }

  private static ReviewAssignment assignment(CommitteeReview review, String expert) {
    return review.currentAssignmentOf(expert).orElseThrow(() ->
        new BadUserRequestException(expert + " is not assigned to score " + review.getSubjectReference()));
  }

  private void mailUser(String user, String template, CommitteeReview review, Map<String, Object> extra) {
    staff.emailOf(user).ifPresent(email ->
        notifications.send(template, List.of(email), model(review, extra), review.getSubjectReference()));
  }

  private void mailGroup(String group, String template, CommitteeReview review, Map<String, Object> extra) {
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
