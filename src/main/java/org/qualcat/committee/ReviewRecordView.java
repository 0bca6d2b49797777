package org.qualcat.committee;

import org.qualcat.system.Published;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The decision record of a committee review: who scored what, the committee's votes and resolutions, the
 * information added, the public notice and its objections, and the outcome. Experts are named for staff only.
 */
@Published
public record ReviewRecordView(
    ReviewStatus status,
    ReviewOutcome outcome,
    Instant openedAt,
    Instant closedAt,
    List<Assignment> experts,
    List<Score> scores,
    List<Resolution> resolutions,
    List<Information> information,
    Instant noticeStartedAt,
    Instant noticeEndsAt,
    List<ObjectionView> objections) {

  public record Assignment(String expert, String assignedBy, Instant assignedAt, Instant dueAt, Instant remindedAt,
      Instant escalatedAt, String replacedBy) {
  }

  public record Score(@JsonInclude(JsonInclude.Include.NON_NULL) String expert, int recognition, int rigour, int demand, int verifiability, double average,
      Recommendation recommendation, String comment, Instant scoredAt) {
  }

  public record Resolution(CommitteeDecision decision, int votesFor, int votesAgainst, int votesAbstained,
      String resolution, String informationNeeded, String decidedBy, Instant decidedAt) {
  }

  public record Information(String information, String providedBy, Instant providedAt) {
  }

  public record ObjectionView(String grounds, String lodgedBy, Instant lodgedAt) {
  }

  static ReviewRecordView of(CommitteeReview r, boolean withExperts) {
    List<Assignment> experts = withExperts ? r.getAssignments().stream()
        .map(a -> new Assignment(a.getExpert(), a.getAssignedBy(), a.getAssignedAt(), a.getDueAt(), a.getRemindedAt(),
            a.getEscalatedAt(), a.getReplacedBy())).toList() : List.of();
    List<Score> scores = r.getScores().stream()
        .map(s -> new Score(withExperts ? s.getExpert() : null, s.getRecognition(), s.getRigour(), s.getDemand(),
            s.getVerifiability(), s.average(), s.getRecommendation(), s.getComment(), s.getScoredAt())).toList();
    List<Resolution> resolutions = r.getResolutions().stream()
        .map(c -> new Resolution(c.getDecision(), c.getVotesFor(), c.getVotesAgainst(), c.getVotesAbstained(),
            c.getResolution(), c.getInformationNeeded(), c.getDecidedBy(), c.getDecidedAt())).toList();
    List<Information> information = r.getInformation().stream()
        .map(i -> new Information(i.getInformation(), i.getProvidedBy(), i.getProvidedAt())).toList();
    List<ObjectionView> objections = r.getObjections().stream()
        .map(o -> new ObjectionView(o.getGrounds(), o.getLodgedBy(), o.getLodgedAt())).toList();
    return new ReviewRecordView(r.getStatus(), r.getOutcome(), r.getOpenedAt(), r.getClosedAt(), experts, scores,
        resolutions, information, r.getNoticeStartedAt(), r.getNoticeEndsAt(), objections);
  }
}
