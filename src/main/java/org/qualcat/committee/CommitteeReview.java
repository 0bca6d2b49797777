package org.qualcat.committee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qualcat.process.Refusal;

/**
 * The file of one committee review: the proposal, the experts and their scores, the committee's resolutions, the
 * information added on request, the public notice and its objections, and the outcome.
 */
@Entity
@Table(name = "committee_review")
public class CommitteeReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SubjectType subjectType;

  @Column(nullable = false, length = 32)
  private String subjectReference;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  @Column(nullable = false, length = 300)
  private String qualificationName;

  @Column(nullable = false, length = 4000)
  private String proposal;

  @Column(nullable = false, length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ReviewStatus status;

  private Instant noticeStartedAt;

  private Instant noticeEndsAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private ReviewOutcome outcome;

  @Column(nullable = false)
  private Instant openedAt;

  private Instant closedAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ReviewAssignment> assignments = new ArrayList<>();

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ExpertScore> scores = new ArrayList<>();

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<CommitteeResolution> resolutions = new ArrayList<>();

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ReviewInformation> information = new ArrayList<>();

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Objection> objections = new ArrayList<>();

  protected CommitteeReview() {
  }

  CommitteeReview(SubjectType subjectType, String subjectReference, String qualificationCode,
      String qualificationName, String proposal, String processInstanceId, Instant now) {
    this.subjectType = subjectType;
    this.subjectReference = subjectReference;
    this.qualificationCode = qualificationCode;
    this.qualificationName = qualificationName;
    this.proposal = proposal;
    this.processInstanceId = processInstanceId;
    this.status = ReviewStatus.ASSIGNING_EXPERTS;
    this.openedAt = now;
  }

  ReviewAssignment assign(String expert, String by, Instant now, Instant dueAt) {
    ReviewAssignment assignment = new ReviewAssignment(this, expert, by, now, dueAt);
    assignments.add(assignment);
    status = ReviewStatus.EXPERT_REVIEW;
    return assignment;
  }

  /** The expert's assignment that is still theirs (not handed to someone else). */
  Optional<ReviewAssignment> currentAssignmentOf(String expert) {
    return assignments.stream().filter(a -> a.getExpert().equals(expert) && a.getReplacedBy() == null).findFirst();
  }

  /** The expert's current assignment; refused (400) when they are not (any more) to score this matter. */
  ReviewAssignment assignmentOf(String expert) {
    return currentAssignmentOf(expert).orElseThrow(() -> Refusal.NOT_ASSIGNED.invalid(CommitteeReviewProcess.VAR_EXPERT,
        expert + " is not assigned to score " + subjectReference));
  }

  void score(ExpertScore score) {
    scores.add(score);
  }

  void resolve(CommitteeResolution resolution) {
    resolutions.add(resolution);
    status = switch (resolution.getDecision()) {
      case APPROVE -> status; // the public notice starts next
      case REJECT -> status;  // closed at the end event
      case SEND_BACK -> ReviewStatus.MORE_INFORMATION;
    };
  }

  void addInformation(ReviewInformation added) {
    information.add(added);
  }

  void toCommittee() {
    status = ReviewStatus.COMMITTEE;
  }

  void startNotice(Instant now, Instant endsAt) {
    status = ReviewStatus.PUBLIC_NOTICE;
    noticeStartedAt = now;
    noticeEndsAt = endsAt;
  }

  void object(Objection objection) {
    objections.add(objection);
    status = ReviewStatus.COMMITTEE;
    noticeEndsAt = null;
  }

  void close(ReviewOutcome result, Instant now) {
    outcome = result;
    status = result == ReviewOutcome.APPROVED ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
    closedAt = now;
  }

  public Long getId() {
    return id;
  }

  public SubjectType getSubjectType() {
    return subjectType;
  }

  public String getSubjectReference() {
    return subjectReference;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public String getQualificationName() {
    return qualificationName;
  }

  public String getProposal() {
    return proposal;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public Instant getNoticeStartedAt() {
    return noticeStartedAt;
  }

  public Instant getNoticeEndsAt() {
    return noticeEndsAt;
  }

  public ReviewOutcome getOutcome() {
    return outcome;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<ReviewAssignment> getAssignments() {
    return List.copyOf(assignments);
  }

  public List<ExpertScore> getScores() {
    return List.copyOf(scores);
  }

  public List<CommitteeResolution> getResolutions() {
    return List.copyOf(resolutions);
  }

  public List<ReviewInformation> getInformation() {
    return List.copyOf(information);
  }

  public List<Objection> getObjections() {
    return List.copyOf(objections);
  }
}
