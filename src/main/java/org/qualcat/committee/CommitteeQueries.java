package org.qualcat.committee;

import org.qualcat.system.Published;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualcat.process.Bilingual;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is read of committee reviews: a matter's decision record for the pages and APIs of its caller, the matters
 * under public notice, the expert reviewers to choose from, and what the committee's forms show.
 */
@Published
@Service
@Transactional(readOnly = true)
public class CommitteeQueries {

  /** How many experts the secretariat is proposed (the least loaded). */
  static final int DEFAULT_EXPERTS = 3;
  private static final Set<ReviewStatus> OPEN = EnumSet.of(ReviewStatus.ASSIGNING_EXPERTS,
      ReviewStatus.EXPERT_REVIEW, ReviewStatus.COMMITTEE, ReviewStatus.MORE_INFORMATION, ReviewStatus.PUBLIC_NOTICE);

  private final CommitteeReviewRepository reviews;
  private final StaffDirectory staff;
  private final Bilingual words;

  CommitteeQueries(CommitteeReviewRepository reviews, StaffDirectory staff, Bilingual words) {
    this.reviews = reviews;
    this.staff = staff;
    this.words = words;
  }

  /** An expert reviewer the secretariat may choose: id, name and how many scorings they have open. */
  public record ExpertChoice(String id, String name, long openScorings) {
  }

  /** The file of the latest review of a subject, for the decision record. */
  public Optional<ReviewRecordView> record(String subjectReference, boolean withExperts) {
    return latest(subjectReference).map(r -> ReviewRecordView.of(r, withExperts));
  }

  /** Matters under public notice, the earliest to end first. */
  List<NoticeView> notices() {
    return reviews.findByStatusOrderByNoticeEndsAt(ReviewStatus.PUBLIC_NOTICE).stream().map(NoticeView::of).toList();
  }

  /** The expert reviewers, those with the fewest open scoring assignments first. */
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

  /** The experts currently responsible for scoring, one scoring task each. */
  List<String> currentExperts(long reviewId) {
    return review(reviewId).getAssignments().stream().filter(a -> a.getReplacedBy() == null)
        .map(ReviewAssignment::getExpert).toList();
  }

  Instant scoringDueAt(long reviewId, String expert) {
    return review(reviewId).assignmentOf(expert).getDueAt();
  }

  /** What the committee's form shows about the scores so far. */
  String scoresSummary(long reviewId) {
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

  String objectionsSummary(long reviewId) {
    List<Objection> objections = review(reviewId).getObjections();
    return objections.isEmpty() ? words.both("forms.none") : objections.stream()
        .map(o -> BureauTime.dateTime(o.getLodgedAt()) + ", " + staff.name(o.getLodgedBy()) + ": " + o.getGrounds())
        .collect(Collectors.joining("\n"));
  }

  String informationSummary(long reviewId) {
    CommitteeReview review = review(reviewId);
    List<String> lines = new ArrayList<>();
    for (CommitteeResolution r : review.getResolutions()) {
      if (r.getDecision() == CommitteeDecision.SEND_BACK) {
        lines.add(words.both("forms.information.asked", BureauTime.dateTime(r.getDecidedAt())) + ": "
            + r.getInformationNeeded());
      }
    }
    for (ReviewInformation i : review.getInformation()) {
      lines.add(words.both("forms.information.added", BureauTime.dateTime(i.getProvidedAt()),
          staff.name(i.getProvidedBy())) + ": " + i.getInformation());
    }
    return lines.isEmpty() ? words.both("forms.none") : String.join("\n", lines);
  }

  /** The latest information the committee asked for. */
  String informationNeeded(long reviewId) {
    List<CommitteeResolution> resolutions = review(reviewId).getResolutions();
    return resolutions.isEmpty() ? "" : resolutions.get(resolutions.size() - 1).getInformationNeeded();
  }

  private Optional<CommitteeReview> latest(String subjectReference) {
    return reviews.findBySubjectReferenceOrderByIdDesc(subjectReference).stream().findFirst();
  }

  private CommitteeReview review(long reviewId) {
    return reviews.review(reviewId);
  }
}
